using ContactCenter.Contracts.Conversations;
using static ContactCenter.UI.Tests.Agent.DeskRows;

namespace ContactCenter.UI.Tests.Agent;

/// <summary>The wrap-up clock of a row: started by the end of an answered chat, stopped by its finish.</summary>
public sealed class InboxRowWrapUpTests
{
    [Fact]
    public void The_end_starts_the_wrap_up_clock_of_a_queue_with_a_wrap_up_time_and_the_finish_stops_it()
    {
        var row = Row("Nora Nilsen") with { };
        row = row with { Item = row.Item with { WrapUpSeconds = 30 } };
        Assert.Null(row.WrapUpUntil);

        var ended = row.With(new ConversationEventDto(row.Id, 4, Now, ConversationStatusDto.WrapUp, new EndedStep("Me")));
        Assert.Equal(Now.AddSeconds(30), ended.WrapUpUntil);

        var closed = ended.With(new ConversationEventDto(row.Id, 5, Now.AddSeconds(30), ConversationStatusDto.Closed, new WrapUpFinishedStep(Me, "timed-out")));
        Assert.Null(closed.WrapUpUntil);
    }

    [Fact]
    public void A_queue_without_a_wrap_up_time_shows_no_clock()
    {
        var row = Row("Nora Nilsen");

        Assert.Null(row.With(new ConversationEventDto(row.Id, 4, Now, ConversationStatusDto.WrapUp, new CustomerLeftStep())).WrapUpUntil);
    }
}
