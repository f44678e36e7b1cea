package dev.khabar.understand.dates;

/** Reads Hebrew letter numerals (gematria) as used in Hebrew calendar dates: ט"ו = 15, תשפ"ז = 787, ה'תשפ"ז = 5787. */
final class HebrewNumerals {
    private HebrewNumerals() {
    }

    /** @return the value, or -1 when the text holds anything but Hebrew letters, geresh and gershayim */
    static int value(String text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                continue;
            }
            int v = letter(c);
            if (v < 0) {
                return -1;
            }
            sum += v;
        }
        return sum;
    }

    /** A year written with letters leaves out the thousands (תשפ"ז) or marks them with a leading ה' (ה'תשפ"ז). */
    static int year(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String s = text;
        if (s.length() > 2 && s.charAt(0) == 'ה' && s.charAt(1) == '\'') {
            s = s.substring(2);
        }
        int v = value(s);
        return v <= 0 ? -1 : v < 1000 ? 5000 + v : v;
    }

    private static int letter(char c) {
        return switch (c) {
            case 'א' -> 1;
            case 'ב' -> 2;
            case 'ג' -> 3;
            case 'ד' -> 4;
            case 'ה' -> 5;
            case 'ו' -> 6;
            case 'ז' -> 7;
            case 'ח' -> 8;
            case 'ט' -> 9;
            case 'י' -> 10;
            case 'כ', 'ך' -> 20;
            case 'ל' -> 30;
            case 'מ', 'ם' -> 40;
            case 'נ', 'ן' -> 50;
            case 'ס' -> 60;
            case 'ע' -> 70;
            case 'פ', 'ף' -> 80;
            case 'צ', 'ץ' -> 90;
            case 'ק' -> 100;
            case 'ר' -> 200;
            case 'ש' -> 300;
            case 'ת' -> 400;
            default -> -1;
        };
    }
}
