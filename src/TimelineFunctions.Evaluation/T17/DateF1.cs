namespace TimelineFunctions.Evaluation.T17;

/// <summary>Date F1: precision and recall of the chosen days against the gold days (exact day).</summary>
public static class DateF1
{
    public static double Of(IEnumerable<DateOnly> chosen, IEnumerable<DateOnly> gold)
    {
        var system = chosen.ToHashSet();
        var reference = gold.ToHashSet();
        var hits = system.Count(reference.Contains);
        if (hits == 0)
        {
            return 0;
        }

        var precision = (double)hits / system.Count;
        var recall = (double)hits / reference.Count;
        return 2 * precision * recall / (precision + recall);
    }
}
