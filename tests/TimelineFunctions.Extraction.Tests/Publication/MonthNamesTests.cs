using System.Globalization;
using TimelineFunctions.Extraction.Publication;

namespace TimelineFunctions.Extraction.Tests.Publication;

/// <summary>Lint of Resources/Publication/month-names.txt, whose sections' order gives the month numbers.</summary>
public class MonthNamesTests
{
    private static readonly IReadOnlyList<ResourceSection> Sections = ResourceText.Sections("Publication", "month-names.txt");

    [Fact]
    public void The_sections_are_the_twelve_months_in_calendar_order()
    {
        var months = Enumerable.Range(1, 12).Select(m => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m).ToLowerInvariant());
        Assert.Equal(months, Sections.Select(s => s.Name));
    }

    [Fact]
    public void Every_name_is_read_as_its_sections_month()
    {
        for (var month = 1; month <= 12; month++)
        {
            foreach (var name in Sections[month - 1].Entries)
            {
                var found = DateText.FindFirst($"3 {name} 2023");
                Assert.True(found is not null, $"\"{name}\" is not read as a month");
                Assert.Equal((month, 3, 2023), (found.Month, found.Day, found.Year));
            }
        }
    }

    [Fact]
    public void No_name_stands_in_two_months()
    {
        var names = Sections.SelectMany(s => s.Entries).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
