namespace TimelineFunctions.Evaluation.Tests.DevSet;

/// <summary>A tiny hand-written gold timeline (fiction) in the dev-set format.</summary>
internal static class DemoGold
{
    public const string Json = """
        {
          "story": "demo",
          "title": "The Harlow pier collapse (fiction)",
          "articles": ["demo/01-alpha", "demo/02-beta"],
          "events": [
            {
              "id": "g1", "date": "2024-03-26", "granularity": "day", "date_text": "early on Tuesday",
              "summary": "The ferry struck the pier, which collapsed.", "actors": ["Harlow Ferries"],
              "sources": [
                {"article": "demo/01-alpha", "quote": "The ferry struck the old pier early on Tuesday and it collapsed.", "date_text": "early on Tuesday"},
                {"article": "demo/02-beta", "quote": "the old pier collapsed on Tuesday"}
              ],
              "notes": "", "importance": "core"
            },
            {
              "id": "g2", "date": "2024-03-27", "granularity": "day", "date_text": "on Wednesday",
              "summary": "Divers searched the harbour.", "actors": [],
              "sources": [{"article": "demo/01-alpha", "quote": "Divers searched the harbour for hours on Wednesday."}],
              "notes": "", "importance": "core"
            },
            {
              "id": "g3", "date": "2024-05-13", "granularity": "week", "date_text": "last week",
              "summary": "Crews began removing the wreck.", "actors": [],
              "sources": [{"article": "demo/02-beta", "quote": "Crews began lifting the twisted deck last week, the council said."}],
              "notes": "", "importance": "minor"
            },
            {
              "id": "g4", "date": "2024-04-01", "granularity": "day", "date_text": "on April 1",
              "summary": "The mayor asked for emergency funds.", "actors": ["Ada Quint"],
              "sources": [{"article": "demo/01-alpha", "quote": "Mayor Ada Quint asked the province for emergency funds on April 1."}],
              "notes": "", "importance": "minor", "alt_dates": ["2024-04-03"]
            }
          ],
          "actors": [
            {"name": "Ada Quint", "type": "person", "aliases": ["Mayor Quint", "the mayor"], "role": "Mayor"},
            {"name": "Harlow Ferries", "type": "organization", "aliases": ["the ferry company"], "role": "Operator"},
            {"name": "Bram Ostley", "type": "person", "aliases": [], "role": "Witness"}
          ],
          "undated": [
            {"article": "demo/02-beta", "quote": "The pier had stood for a century as the town's front porch", "note": "No date."}
          ],
          "non_events": [
            "02-beta: 'The Harlow Herald is a registered trademark of Quill Media' (boilerplate).",
            "01-alpha: the trailing list ('as at March 14, 2025', 'on Sunday') are other stories."
          ]
        }
        """;
}
