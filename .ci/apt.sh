# Sourced by the .ci scripts: install Debian packages with apt, the one way they all do it.
#
# apt_install [--no-recommends] PKG... updates the package lists and installs, two tries,
# through `sudo -n` when not root. Returns 1 when apt cannot install them.

apt_install() {
    local recommends=() try sudo=""
    if [ "${1:-}" = "--no-recommends" ]; then
        recommends=(--no-install-recommends)
        shift
    fi
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
        sudo="sudo -n"
    fi
    for try in 1 2; do
        if $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
            && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${recommends[@]}" "$@" >/dev/null; then
            hash -r
            return 0
        fi
        echo "ci: apt-get failed (attempt $try)" >&2
        sleep 3
    done
    return 1
}
