package dev.khabar.understand.text;

/**
 * A normalised string that remembers where each of its characters came from: {@code origin[i]} is
 * the offset in the original text of normalised character {@code i}, and {@code origin[length]} is
 * the end of the normalised range in the original, so any normalised span maps back exactly.
 */
public record NormalizedText(String text, int[] origin) {

    public int originalStart(int normalizedIndex) {
        return origin[normalizedIndex];
    }

    /**
     * Original end offset (exclusive) of a normalised span ending at {@code normalizedEnd}; a span
     * that ends the normalised text also takes the dropped marks after its last letter.
     */
    public int originalEnd(int normalizedEnd) {
        if (normalizedEnd == text.length()) {
            return origin[normalizedEnd];
        }
        return origin[normalizedEnd - 1] + 1;
    }
}
