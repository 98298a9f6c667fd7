#!/usr/bin/env bash
# Packs the `corroborate` command from this checkout as a .NET tool, installs it for the current user (or replaces
# the one installed before) and puts a `corroborate` launcher in a folder on the PATH. Offline: the package comes
# from a local folder. Run it again after pulling to update.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

package=Corroborate.Cli
packages="$PWD/artifacts/tool"
tools="$HOME/.dotnet/tools"

rm -rf "$packages"
echo "Building the corroborate tool..."
dotnet pack src/Corroborate.Cli -c Release -o "$packages" --nologo -v quiet

# Uninstalling first makes a rebuild of the same version replace the installed one ("update" keeps it).
dotnet tool uninstall --global "$package" >/dev/null 2>&1 || true
dotnet tool install --global "$package" --add-source "$packages" --ignore-failed-sources >/dev/null

on_path() { case ":$PATH:" in *":$1:"*) return 0 ;; *) return 1 ;; esac; }

# /usr/local/bin when we may write there (root, CI), otherwise ~/.local/bin, which login shells put on the PATH.
if on_path /usr/local/bin && [ -w /usr/local/bin ]; then bin=/usr/local/bin; else bin="$HOME/.local/bin"; fi
mkdir -p "$bin"

# A launcher rather than a link: the tool's native host must find the .NET runtime this script built with, also
# when it is not in the default location.
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
launcher="$bin/corroborate"
rm -f "$launcher"
cat >"$launcher" <<LAUNCHER
#!/bin/sh
# Written by install.sh of Corroborate: runs the .NET tool installed in $tools.
DOTNET_ROOT="\${DOTNET_ROOT:-$dotnet_root}" exec "$tools/corroborate" "\$@"
LAUNCHER
chmod 755 "$launcher"

echo "Installed $("$launcher" --version) as $launcher"
found=$(command -v corroborate || true)
if [ "$found" != "$launcher" ]; then
  if on_path "$bin"; then
    echo "note: 'corroborate' in this shell is $found, which comes before $bin on the PATH" >&2
  else
    echo "note: $bin is not on the PATH of this shell. A new login shell adds it on most systems; or run:" >&2
    echo "  export PATH=\"$bin:\$PATH\"" >&2
  fi
fi
