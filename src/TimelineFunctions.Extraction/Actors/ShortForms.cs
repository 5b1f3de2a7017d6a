namespace TimelineFunctions.Extraction.Actors;

/// <summary>
/// What a lone word can shorten, looked up by the word: the persons whose last name it is, the persons (of two words or
/// more) whose first name it is, the organizations it starts and the objects it names.
/// </summary>
/// <remarks>
/// Each list holds group keys once, in group order, so a lone word costs a dictionary look-up instead of a pass over
/// every name.
/// </remarks>
internal sealed class ShortForms
{
    public Dictionary<string, List<string>> PersonLastNames { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> PersonFirstNames { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> OrganizationFirstWords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> ObjectNames { get; } = new(StringComparer.Ordinal);

    public static ShortForms Of(Dictionary<string, List<RawMention>> groups)
    {
        var forms = new ShortForms();
        foreach (var (key, mentions) in groups)
        {
            var type = mentions[0].Type;
            foreach (var mention in mentions)
            {
                var words = mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                switch (type)
                {
                    case ActorType.Person:
                        AddOnce(forms.PersonLastNames, words[^1], key);
                        if (words.Length > 1)
                        {
                            AddOnce(forms.PersonFirstNames, words[0], key);
                        }

                        break;
                    case ActorType.Organization:
                        AddOnce(forms.OrganizationFirstWords, words[0], key);
                        break;
                    case ActorType.Object:
                        AddOnce(forms.ObjectNames, string.Join(' ', words), key);
                        break;
                }
            }
        }

        return forms;
    }

    private static void AddOnce(Dictionary<string, List<string>> index, string word, string key)
    {
        if (!index.TryGetValue(word, out var keys))
        {
            index[word] = keys = [];
        }

        if (keys.Count == 0 || keys[^1] != key)
        {
            keys.Add(key);
        }
    }
}
