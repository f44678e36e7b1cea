package dev.khabar.feeds;

/** One entry of a feed: where the story is, and what the feed itself says about it. */
public record FeedItem(String guid, String url, String title, String published, String summary) {

    /** What identifies the item across polls: its guid, else its link. */
    public String key() {
        return guid != null && !guid.isBlank() ? guid : url;
    }
}
