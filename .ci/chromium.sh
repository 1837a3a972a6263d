# Sourced by .ci/run: Debian's Chromium for the web app's browser tests (tests/web/test_browser.py).
#
# ensure_chromium installs the `chromium` package (and a font, so pages render text) with apt
# when /usr/bin/chromium is missing, two tries. Playwright drives that binary through its
# executable path; `playwright install` (a download from outside the package registries) is
# never run. When Chromium cannot be had, it says so and returns 1; the browser tests then
# skip with that reason and every other test still runs.

ensure_chromium() {
    if [ -x /usr/bin/chromium ]; then
        return 0
    fi
    echo "ci: /usr/bin/chromium not found; installing chromium with apt" >&2
    if apt_install chromium fonts-dejavu-core && [ -x /usr/bin/chromium ]; then
        return 0
    fi
    echo "ci: Chromium could not be installed: the browser tests will skip" >&2
    return 1
}
