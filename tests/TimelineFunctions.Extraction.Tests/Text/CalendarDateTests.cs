using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Text;

public class CalendarDateTests
{
    [Theory]
    [InlineData(2023, 10, 3, true)]
    [InlineData(2024, 2, 29, true)]
    [InlineData(2023, 2, 29, false)]
    [InlineData(2023, 2, 30, false)]
    [InlineData(2023, 13, 1, false)]
    [InlineData(2023, 0, 1, false)]
    [InlineData(2023, 1, 0, false)]
    [InlineData(0, 1, 1, false)]
    public void A_day_is_valid_only_when_the_calendar_has_it(int year, int month, int day, bool valid) =>
        Assert.Equal(valid, CalendarDate.IsValid(year, month, day));
}
