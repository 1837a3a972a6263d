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
    local try sudo=""
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
        sudo="sudo -n"
    fi
    for try in 1 2; do
        if $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
            && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core \
                >/dev/null; then
            if [ -x /usr/bin/chromium ]; then
                return 0
            fi
        fi
        echo "ci: apt-get failed (attempt $try)" >&2
        sleep 3
    done
    echo "ci: Chromium could not be installed: the browser tests will skip" >&2
    return 1
}
