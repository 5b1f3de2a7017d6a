namespace TimelineFunctions.Extraction.Tests.Reading;

/// <summary>Saved-page fixtures written for these tests (no real page is copied).</summary>
public static class HtmlFixtures
{
    /// <summary>A news page with navigation, JSON-LD, meta dates, a share bar, a figure caption, an ad slot, comments, a related-stories aside, a newsletter box and a footer.</summary>
    public const string SavedPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Harbour ferry service resumes after storm repairs | The Coastal Ledger</title>
          <meta property="og:site_name" content="The Coastal Ledger">
          <meta property="og:title" content="Harbour ferry service resumes after storm repairs">
          <meta property="og:url" content="https://coastal-ledger.example/news/harbour-ferry-resumes">
          <meta property="article:published_time" content="2025-02-11T07:45:00+01:00">
          <meta property="og:updated_time" content="2025-02-12T16:00:00+01:00">
          <link rel="canonical" href="https://coastal-ledger.example/2025/02/11/harbour-ferry-resumes/">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"The Coastal Ledger"},
            {"@type":"NewsArticle","headline":"Harbour ferry service resumes after storm repairs",
             "datePublished":"2025-02-11T07:45:00+01:00","dateModified":"2025-02-12T16:00:00+01:00",
             "publisher":{"@type":"Organization","name":"Coastal Ledger Media"}}]}
          </script>
          <style>.share-bar{display:flex}</style>
          <script>window.dataLayer = [{"page":"article"}];</script>
        </head>
        <body>
          <header class="site-header">
            <a href="/">The Coastal Ledger</a>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
          </header>
          <div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › Transport</div>
          <main>
            <article>
              <header>
                <h1>Harbour ferry service resumes after storm repairs</h1>
                <p class="byline">By Mara Okafor, Transport Reporter</p>
                <time datetime="2025-02-11T07:45:00+01:00">11 February 2025</time>
              </header>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
              <figure>
                <img src="ferry.jpg" alt="">
                <figcaption>The repaired landing stage at the north quay on Monday. Photo: Ledger staff</figcaption>
              </figure>
              <div class="article-body">
                <p>PORTHAVEN — The harbour ferry carried its first passengers in three weeks on Tuesday morning after engineers finished replacing the landing stage that the January storm tore loose.</p>
                <p>The council said the crossing would run every twenty minutes until the evening rush, and that the timetable would return to normal by the end of the month.</p>
                <div class="ad-slot">Advertisement</div>
                <h2>Repairs ahead of schedule</h2>
                <p>Engineers had warned that the work could last until March, but dry weather last week allowed the crews to pour the new concrete early.</p>
                <p>"We are relieved to have the boats moving again," said harbour master Teodor Lindqvist.</p>
              </div>
              <section class="comments"><h3>Comments</h3><p>Great news for commuters! Posted 11 February 2025</p></section>
            </article>
            <aside class="related-stories">
              <h3>Related stories</h3>
              <ul>
                <li><a href="/a">Bridge tolls to rise in April 2025</a><p>The increase was announced on 3 January 2025.</p></li>
                <li><a href="/b">Storm damage bill passes five million</a></li>
              </ul>
            </aside>
          </main>
          <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the headlines in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
          <footer><p>© 2025 The Coastal Ledger. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body>
        </html>
        """;

    /// <summary>A blog-style page without semantic elements: a div menu, an entry with a "Posted on" line, share and related blocks, comments and a sidebar of recent posts.</summary>
    public const string BlogPage = """
        <html>
        <head><title>Library roof repaired before winter – Riverside Notes</title></head>
        <body>
          <div id="top-menu"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/town">Town</a></div>
          <div class="container">
            <div class="post-content entry-content">
              <h1 class="entry-title">Library roof repaired before winter</h1>
              <div class="entry-meta">Posted on March 3, 2025 by Lee Park</div>
              <p>Roofers finished patching the Riverside library on Friday, two weeks before the first frost was forecast.</p>
              <p>The repair cost the town $84,000, less than the $120,000 the council had set aside in January.</p>
              <p>Librarian Ana Ruiz said the reading room would reopen on Monday.</p>
              <div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><a>Facebook</a><a>X</a></div>
              <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Pool opening delayed to June 2025</p><p>Posted on February 2, 2025</p></div>
              <div id="comments" class="comments-area">
                <h2>2 thoughts on "Library roof repaired before winter"</h2>
                <ol class="comment-list"><li>Finally! — Sam, March 4, 2025</li><li>Good news. — Jo, March 5, 2025</li></ol>
                <div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
              </div>
            </div>
            <div id="secondary" class="widget-area">
              <h2>Recent Posts</h2>
              <p>Council votes on bus lanes — January 28, 2025</p>
              <p>Snow clearing budget approved — January 14, 2025</p>
            </div>
          </div>
        </body>
        </html>
        """;
}
