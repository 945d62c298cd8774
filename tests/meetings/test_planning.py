"""The dates of a series: every six weeks, around Dutch public holidays and the breaks."""

from datetime import UTC, date, time

from meetings.planning import Break, local_moment, plan_dates

SUMMER = Break("zomerreces", 29, 34)
CHRISTMAS = Break("kerstreces", 52, 1)


def days(planned):
    return [slot.day for slot in planned]


def test_a_new_series_meets_every_six_weeks_on_its_weekday():
    planned = plan_dates(
        after=None, starts_on=date(2027, 1, 5), weekday=3, interval_weeks=6, until=date(2027, 4, 30)
    )
    assert days(planned) == [date(2027, 1, 7), date(2027, 2, 18), date(2027, 4, 1)]
    assert all(day.weekday() == 3 for day in days(planned))


def test_a_public_holiday_moves_the_meeting_a_week_and_the_rhythm_goes_on_from_there():
    # 2026-05-14 is Ascension Day (Hemelvaartsdag).
    planned = plan_dates(
        after=date(2026, 4, 2),
        starts_on=date(2026, 1, 1),
        weekday=3,
        interval_weeks=6,
        until=date(2026, 7, 31),
    )
    assert days(planned) == [date(2026, 5, 21), date(2026, 7, 2)]
    assert planned[0].skipped[0].day == date(2026, 5, 14)
    assert planned[0].skipped[0].reason == "Hemelvaartsdag"


def test_no_meeting_in_the_summer_break_and_the_series_resumes_right_after_it():
    planned = plan_dates(
        after=date(2026, 7, 2),
        starts_on=date(2026, 1, 1),
        weekday=3,
        interval_weeks=6,
        until=date(2026, 9, 30),
        breaks=(SUMMER,),
    )
    # 13 August (week 33) and 20 August (week 34) are in the break.
    assert days(planned) == [date(2026, 8, 27)]
    assert [s.reason for s in planned[0].skipped] == ["zomerreces", "zomerreces"]


def test_a_break_across_the_new_year_is_skipped_on_both_sides():
    planned = plan_dates(
        after=date(2026, 11, 19),
        starts_on=date(2026, 1, 1),
        weekday=3,
        interval_weeks=6,
        until=date(2027, 1, 31),
        breaks=(CHRISTMAS,),
    )
    # 31 December 2026 (week 53) and 7 January 2027 (week 1) are in the break.
    assert days(planned) == [date(2027, 1, 14)]


def test_a_series_moved_to_another_weekday_keeps_that_weekday():
    planned = plan_dates(
        after=date(2027, 1, 7),
        starts_on=date(2027, 1, 1),
        weekday=1,
        interval_weeks=6,
        until=date(2027, 3, 31),
    )
    assert days(planned) == [date(2027, 2, 23)]


def test_nothing_is_planned_past_the_horizon():
    assert (
        plan_dates(
            after=date(2027, 1, 7),
            starts_on=date(2027, 1, 1),
            weekday=3,
            interval_weeks=6,
            until=date(2027, 2, 17),
        )
        == []
    )


def test_a_meeting_stays_at_its_hour_on_both_sides_of_a_clock_change():
    # The clocks go forward on 28 March 2027: 13.30 is 12.30 UTC before, 11.30 after.
    before, after = (
        local_moment(date(2027, 3, 25), time(13, 30)),
        local_moment(date(2027, 4, 1), time(13, 30)),
    )
    assert before.astimezone(UTC).hour == 12
    assert after.astimezone(UTC).hour == 11
    assert before.hour == after.hour == 13
