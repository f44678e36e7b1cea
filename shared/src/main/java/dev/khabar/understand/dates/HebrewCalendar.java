package dev.khabar.understand.dates;

import java.time.LocalDate;

/**
 * Hebrew (Jewish) calendar to Gregorian, by the fixed arithmetic of the calendar (molad and the four
 * postponement rules), so no ICU is needed. Months use the biblical numbering: Nisan 1 ... Elul 6,
 * Tishrei 7 ... Adar 12 (Adar I in leap years), Adar II 13; the year starts at Tishrei.
 */
public final class HebrewCalendar {
    /** Day number (Gregorian 0001-01-01 = 1) of the day before 1 Tishrei AM 1. */
    private static final long EPOCH = -1373429;
    private static final long EPOCH_DAY_OF_RD_1 = LocalDate.of(1, 1, 1).toEpochDay();

    public static boolean isLeapYear(int year) {
        return Math.floorMod(7L * year + 1, 19) < 7;
    }

    static int lastMonth(int year) {
        return isLeapYear(year) ? 13 : 12;
    }

    /** Days from the epoch to 1 Tishrei of {@code year}, after the postponements. */
    static long elapsedDays(int year) {
        long y = year - 1;
        long monthsElapsed = 235 * (y / 19) + 12 * (y % 19) + (7 * (y % 19) + 1) / 19;
        long partsElapsed = 204 + 793 * (monthsElapsed % 1080);
        long hoursElapsed = 5 + 12 * monthsElapsed + 793 * (monthsElapsed / 1080) + partsElapsed / 1080;
        long day = 1 + 29 * monthsElapsed + hoursElapsed / 24;
        long parts = 1080 * (hoursElapsed % 24) + partsElapsed % 1080;
        if (parts >= 19440 || (day % 7 == 2 && parts >= 9924 && !isLeapYear(year))
                || (day % 7 == 1 && parts >= 16789 && isLeapYear(year - 1))) {
            day++;
        }
        if (day % 7 == 0 || day % 7 == 3 || day % 7 == 5) {
            day++;
        }
        return day;
    }

    static int daysInYear(int year) {
        return (int) (elapsedDays(year + 1) - elapsedDays(year));
    }

    public static int daysInMonth(int month, int year) {
        int yearDays = daysInYear(year);
        if (month == 2 || month == 4 || month == 6 || month == 10 || month == 13
                || (month == 12 && !isLeapYear(year))
                || (month == 8 && yearDays % 10 != 5)
                || (month == 9 && yearDays % 10 == 3)) {
            return 29;
        }
        return 30;
    }

    /**
     * @throws IllegalArgumentException when the day, month or year does not exist
     */
    public static LocalDate toGregorian(int year, int month, int day) {
        if (year < 3000 || year > 7000 || month < 1 || month > lastMonth(year) || day < 1 || day > daysInMonth(month, year)) {
            throw new IllegalArgumentException("no such Hebrew date " + day + "/" + month + "/" + year);
        }
        long days = day;
        if (month < 7) {
            for (int m = 7; m <= lastMonth(year); m++) {
                days += daysInMonth(m, year);
            }
            for (int m = 1; m < month; m++) {
                days += daysInMonth(m, year);
            }
        } else {
            for (int m = 7; m < month; m++) {
                days += daysInMonth(m, year);
            }
        }
        long rataDie = EPOCH + elapsedDays(year) + days;
        return LocalDate.ofEpochDay(EPOCH_DAY_OF_RD_1 + rataDie - 1);
    }

    /** The Hebrew year in which the Gregorian {@code date} falls (it starts in September or October). */
    public static int yearOf(LocalDate date) {
        int guess = date.getYear() + 3761;
        return date.isBefore(toGregorian(guess, 7, 1)) ? guess - 1 : guess;
    }

    private HebrewCalendar() {
    }
}
