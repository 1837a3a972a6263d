# Sourced by .ci/run: Java for the Spark engine's tests (pyspark starts a JVM in local mode).
#
# ensure_java installs Debian's default-jre-headless (OpenJDK 17 on Debian 12) with apt when
# no `java` is on PATH, two tries. When Java cannot be had, it says so and returns 1; the
# Spark tests then skip with that reason and every other test still runs.

ensure_java() {
    if command -v java >/dev/null 2>&1; then
        return 0
    fi
    echo "ci: java not found; installing default-jre-headless with apt" >&2
    if apt_install --no-recommends default-jre-headless && command -v java >/dev/null 2>&1; then
        return 0
    fi
    echo "ci: Java could not be installed: the Spark tests will skip" >&2
    return 1
}
