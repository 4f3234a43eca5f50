package org.explainer.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, and never shown more precisely than it is known.
 * In a sort, a partial date comes before the full dates inside its period: "2016" before "May 2016"
 * before "5 May 2016", because it frames them.
 *
 * @param year  the year, 1..9999
 * @param month 1..12, or 0 when only the year is known
 * @param day   1..31, or 0 when only the year or the month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How precisely a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day != 0) {
            if (month == 0) throw new IllegalArgumentException("a day needs a month");
            LocalDate.of(year, month, day); // throws for 30 February
        }
    }

    /**
     * Dates read so far, by their text. An archive has far more dated things than dates (at 100,000
     * milestones, 300,000 dated items share 1,800 dates), so each date is matched and held once.
     * Bounded, so that a long-running preview cannot grow it without end.
     */
    private static final java.util.Map<String, Optional<PartialDate>> READ = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int READ_LIMIT = 50_000;

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is not a real date. */
    public static Optional<PartialDate> parse(String text) {
        Optional<PartialDate> known = READ.get(text);
        if (known != null) return known;
        Optional<PartialDate> read = read(text);
        if (READ.size() < READ_LIMIT) READ.put(text, read);
        return read;
    }

    private static Optional<PartialDate> read(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (m.group(2) != null && month == 0 || m.group(3) != null && day == 0) return Optional.empty();
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The ISO form at its own precision, as written and as used in {@code <time datetime>}. */
    public String iso() {
        // Built by hand, not with String.format: machine files ask for it 100,000s of times.
        StringBuilder s = new StringBuilder(10);
        pad(s, year, 4);
        if (month != 0) pad(s.append('-'), month, 2);
        if (day != 0) pad(s.append('-'), day, 2);
        return s.toString();
    }

    /** As %0{width}d for the non-negative numbers a date holds. */
    private static void pad(StringBuilder s, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) s.append('0');
        s.append(digits);
    }

    /** The first day of the period, for feeds and machine formats that need a full date. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) c = Integer.compare(month, other.month);
        if (c == 0) c = Integer.compare(day, other.day);
        return c;
    }

    @Override
    public String toString() {
        return iso();
    }
}
