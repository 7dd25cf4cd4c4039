#!/usr/bin/env bash
# Rewrites Export-Package of the core bundle from its source folders: every core package is API.
set -euo pipefail
cd "$(dirname "$0")/.."
m=bundles/org.p2mdbg.core/META-INF/MANIFEST.MF
pkgs=$(cd bundles/org.p2mdbg.core/src && find . -name '*.java' -printf '%h\n' | sort -u | sed 's|^\./||; s|/|.|g')
{
  echo "Manifest-Version: 1.0"
  echo "Bundle-ManifestVersion: 2"
  echo "Bundle-Name: P2M Debugger Core (emulation, trace, checks)"
  echo "Bundle-SymbolicName: org.p2mdbg.core"
  echo "Bundle-Version: 0.1.0.qualifier"
  echo "Bundle-Vendor: P2M Debugger"
  echo "Bundle-RequiredExecutionEnvironment: JavaSE-21"
  echo "Automatic-Module-Name: org.p2mdbg.core"
  first=1
  for p in $pkgs; do
    if [ $first = 1 ]; then printf 'Export-Package: %s' "$p"; first=0; else printf ',\n %s' "$p"; fi
  done
  echo
} > "$m"
