package org.explainer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void keepsThePrecisionItWasWrittenWith() {
        assertEquals("2016", PartialDate.parse("2016").orElseThrow().iso());
        assertEquals("2016-05", PartialDate.parse("2016-05").orElseThrow().iso());
        assertEquals("2016-02-11", PartialDate.parse("2016-02-11").orElseThrow().iso());
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2016-05").orElseThrow().precision());
    }

    @Test
    void writesEarlyYearsMonthsAndDaysWithTheirLeadingZeros() {
        assertEquals("0850", new PartialDate(850, 0, 0).iso());
        assertEquals("0007-03", new PartialDate(7, 3, 0).iso());
        assertEquals("9999-12-01", new PartialDate(9999, 12, 1).iso());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-02-29", "2016-02-30", "2016-13", "2016-00", "2016-04-31", "0000", "16-02-11",
            "2016/02/11", "2016-2-11", "11 February 2016", "", "2016-02-11T10:00"})
    void rejectsWhatIsNotARealDateInTheThreeForms(String text) {
        assertTrue(PartialDate.parse(text).isEmpty(), text);
    }

    @Test
    void holdsADateReadManyTimesOnceAndStillRejectsWhatWasRejected() {
        // An archive dates hundreds of thousands of items with a few thousand dates.
        assertSame(PartialDate.parse("2016-07-05").orElseThrow(), PartialDate.parse("2016-07-05").orElseThrow());
        assertTrue(PartialDate.parse("2016-02-30").isEmpty());
        assertTrue(PartialDate.parse("2016-02-30").isEmpty());
        assertEquals("2016-07", PartialDate.parse(" 2016-07 ").orElseThrow().iso());
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() {
        assertTrue(PartialDate.parse("2016-02-29").isPresent());
    }

    @Test
    void sortsAPartialDateBeforeTheFullDatesInsideItsPeriod() {
        List<String> sorted = Stream.of("2016-05-01", "2016-05", "2015-12-31", "2016", "2016-04-30", "2017")
                .map(s -> PartialDate.parse(s).orElseThrow()).sorted().map(PartialDate::iso).toList();
        assertEquals(List.of("2015-12-31", "2016", "2016-04-30", "2016-05", "2016-05-01", "2017"), sorted);
    }
}
