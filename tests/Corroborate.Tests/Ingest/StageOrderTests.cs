using Corroborate.Core;
using Corroborate.Core.Claims;
using Corroborate.Core.Cleaning;
using Corroborate.Core.Entities;
using Corroborate.Core.Quantities;
using Corroborate.Core.Text;
using Corroborate.Core.Time;

namespace Corroborate.Tests.Ingest;

public class StageOrderTests
{
    [Fact]
    public void StandardPipelinesAreInAnOrderThatWorks()
    {
        var pipeline = Pipeline.Default();
        Assert.Contains(Annotation.Claims, pipeline.Leaves);
        Assert.Contains(Annotation.Quotes, pipeline.Leaves);
        Assert.NotEmpty(CorpusPipeline.Default().Stages);
        Assert.Contains(Annotation.Claims, new Pipeline(Pipeline.Annotators, Pipeline.Stored).Leaves);
    }

    [Fact]
    public void StageBeforeWhatItNeedsIsRefusedWithTheMissingAnnotation()
    {
        var e = Assert.Throws<StageOrderException>(() => new Pipeline([new ParagraphSplitter(), new Segmenter(), new TimeStage(), new ClaimStage(), new QuantityStage()]));
        Assert.Contains("stage 'claims' needs mentions", e.Message);
        Assert.Contains("quantities, which no earlier stage adds", e.Message);
    }

    [Fact]
    public void TextRewrittenAfterSegmentationMakesTokensStale()
    {
        var e = Assert.Throws<StageOrderException>(() => new Pipeline([new ParagraphSplitter(), new Segmenter(), new JunkLineRemover(), new EntityRecognizer()]));
        Assert.Contains("stage 'entities' needs tokens, made stale when stage 'cleaning' rewrote the text", e.Message);
    }

    [Fact]
    public void CorpusStageNeedingWhatArticlesLackIsRefused()
    {
        var e = Assert.Throws<StageOrderException>(() => new CorpusPipeline([Core.Stories.StoryStage.Default()], new HashSet<Annotation> { Annotation.CleanText }));
        Assert.Contains("corpus stage 'stories' needs mentions", e.Message);
    }
}
