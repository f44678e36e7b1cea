// Where the Khabar API lives. Empty: the same origin that serves this page (the local front).
// On a static host set the deployed API's base URL, e.g. "https://abc123.execute-api.eu-west-1.amazonaws.com".
window.KHABAR_CONFIG = { api: "" };
