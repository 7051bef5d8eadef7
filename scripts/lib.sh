# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# shellcheck shell=bash
set -euo pipefail

OW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

OW_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
    qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    libspdlog-dev libqrencode-dev libsodium-dev
    libgl-dev libxkbcommon-dev
    fonts-wqy-microhei xvfb xauth
    python3-jsonschema python3-yaml
)

ow_log() { printf '\033[1m[onewindow]\033[0m %s\n' "$*" >&2; }

ow_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages in "$@" that are not installed yet.
ow_install_packages() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    ow_log "installing Debian packages: ${missing[*]}"
    ow_sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive ow_sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ow_build BUILD_DIR [extra cmake args...]
ow_build() {
    local dir="$1"
    shift
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        # The settings travel with the build directory, so that `ninja -C build` by hand shares the cache with
        # these scripts and with other clones (paths relative to the checkout, not hashed into the key).
        launcher=("-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$OW_ROOT;CCACHE_NOHASHDIR=1;ccache")
    fi
    if [ ! -f "$dir/build.ninja" ]; then
        ow_log "configuring $dir"
        cmake -S "$OW_ROOT" -B "$dir" -G Ninja "${launcher[@]}" "$@"
    fi
    ow_log "building $dir"
    cmake --build "$dir" --parallel "$(nproc)"
}
