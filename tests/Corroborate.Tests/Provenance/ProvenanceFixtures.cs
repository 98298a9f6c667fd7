using Corroborate.Core;
using Corroborate.Core.Ingest;

namespace Corroborate.Tests.Provenance;

/// <summary>Articles made from literal text, and a news-like text long enough to be fingerprinted.</summary>
internal static class ProvenanceFixtures
{
    public static Article Make(string text, DateTimeOffset? published = null) =>
        Pipeline.CreateArticle(new ArticleDraft { Path = "test.txt", Format = SourceFormat.Text, Text = text, Published = published });

    public const string Wire = """
        The former head of Kazakhstan's national security agency, Karim Massimov, was arrested on suspicion of high treason on Thursday, the National Security Committee said on Saturday.

        Russian President Vladimir Putin and his Kazakh counterpart Kassym-Jomart Tokayev had a long telephone conversation to discuss the crisis and agreed to stay in permanent contact, the Kremlin said.

        Warning shots were heard from time to time in Almaty, where police tried to keep people away from the central square, an AFP journalist noted.

        Former president Nursultan Nazarbayev broke his silence to call on the population to rally behind the government, his spokesman Aidos Ukibay wrote on Twitter.

        The authorities said 26 armed criminals had been killed and more than a thousand protesters injured, while police reported 18 dead and 748 wounded in their ranks.
        """;

    public const string Unrelated = """
        Premier League clubs agreed on Friday to spend more of their record television income on youth academies, the league said after a meeting of the twenty chairmen in London.

        The new rules will apply from next season and require every club to publish how much it invests in coaching for players under eighteen, officials said.

        Supporters' groups welcomed the decision but said ticket prices for away fans remained far too high, and asked for a cap of thirty pounds a match.
        """;

    public static string[] Paragraphs(string text) => text.Split("\n\n");
}
