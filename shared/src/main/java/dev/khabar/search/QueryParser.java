package dev.khabar.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what people type into clauses, and never fails on it: operators and syntax of search
 * engines ({@code *:*}, regexes, wildcards, field prefixes, brackets) are read as separators, an
 * unclosed quote closes at the end, and only letters, digits and in-word joiners survive. The
 * result is only ever used in term and phrase queries, so nothing typed reaches a query parser.
 */
public final class QueryParser {
    static final int MAX_CLAUSES = 32;
    static final int MAX_TERM_CHARS = 64;

    public ParsedQuery parse(String q) {
        List<QueryClause> clauses = new ArrayList<>();
        if (q == null) {
            return new ParsedQuery(clauses);
        }
        int i = 0;
        int n = q.length();
        int group = 0;
        boolean pendingOr = false;
        while (i < n && clauses.size() < MAX_CLAUSES) {
            char c = q.charAt(i);
            if (isSeparator(c) && c != '"' && c != '-') {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-') {
                int next = i + 1;
                if (next < n && (q.charAt(next) == '"' || isWordChar(q, next))) {
                    excluded = true;
                    i = next;
                    c = q.charAt(i);
                } else {
                    i++;
                    continue;
                }
            }
            String text;
            QueryClause.Kind kind;
            if (c == '"') {
                int close = q.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                text = words(q.substring(i + 1, end));
                kind = text.indexOf(' ') >= 0 ? QueryClause.Kind.PHRASE : QueryClause.Kind.WORD;
                i = close < 0 ? n : close + 1;
            } else {
                int start = i;
                while (i < n && !isSeparator(q.charAt(i))) {
                    i++;
                }
                // A hyphen inside a word ("al-Sisi", "2025-2026") belongs to it; a trailing one does not.
                while (i < n && q.charAt(i) == '-' && i + 1 < n && isWordChar(q, i + 1)) {
                    i++;
                    while (i < n && !isSeparator(q.charAt(i))) {
                        i++;
                    }
                }
                text = words(q.substring(start, i));
                kind = QueryClause.Kind.WORD;
                if (text.indexOf(' ') >= 0) {
                    // Punctuation inside what looked like one word ("a:b", "x*y") split it into words.
                    for (String w : text.split(" ")) {
                        if (clauses.size() < MAX_CLAUSES) {
                            clauses.add(new QueryClause(QueryClause.Kind.WORD, w, excluded, ++group));
                        }
                    }
                    pendingOr = false;
                    continue;
                }
                if (!excluded && text.equals("OR") && !clauses.isEmpty()) {
                    pendingOr = true;
                    continue;
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            QueryClause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
            int g = pendingOr && last != null && !last.excluded() && !excluded ? last.orGroup() : ++group;
            clauses.add(new QueryClause(kind, text, excluded, g));
            pendingOr = false;
        }
        return new ParsedQuery(clauses);
    }

    /** Keeps letters, digits, marks and in-word joiners; everything else becomes a single space. */
    static String words(String s) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || isMark(cp)
                    || ((cp == '\'' || cp == '’' || cp == '-' || cp == '.') && word.length() > 0)) {
                if (word.codePointCount(0, word.length()) < MAX_TERM_CHARS) {
                    word.appendCodePoint(cp);
                }
            } else {
                flush(out, word);
            }
        });
        flush(out, word);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder word) {
        int end = word.length();
        while (end > 0 && "'’-.".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word, 0, end);
        }
        word.setLength(0);
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"' || c == '(' || c == ')' || c == ','
                || c == '،' || c == ';' || c == '؛' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    private static boolean isWordChar(String q, int i) {
        int cp = q.codePointAt(i);
        return Character.isLetterOrDigit(cp);
    }
}
