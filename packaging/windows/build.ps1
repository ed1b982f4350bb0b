# SPDX-License-Identifier: GPL-3.0-or-later
# Windows build of Tonghu: configure, build, test, and deploy into dist\ with windeployqt.
# Untested on Windows so far; see README.md in this folder.
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [Parameter(Mandatory = $true)][string]$VcpkgRoot,
    [string]$BuildDir = "build-windows"
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$triplet = "x64-windows"
$env:PKG_CONFIG_PATH = "$VcpkgRoot\installed\$triplet\lib\pkgconfig"

cmake -S $root -B "$root\$BuildDir" -G Ninja `
    -DCMAKE_BUILD_TYPE=Release `
    -DCMAKE_PREFIX_PATH="$QtDir;$VcpkgRoot\installed\$triplet" `
    -DCMAKE_TOOLCHAIN_FILE="$VcpkgRoot\scripts\buildsystems\vcpkg.cmake"
cmake --build "$root\$BuildDir"
ctest --test-dir "$root\$BuildDir" --output-on-failure

$dist = "$root\dist"
New-Item -ItemType Directory -Force $dist | Out-Null
Copy-Item "$root\$BuildDir\app\tonghu.exe", "$root\$BuildDir\app\tonghu-cli.exe" $dist
# The DLLs of vcpkg's ports sit beside the programs.
Copy-Item "$VcpkgRoot\installed\$triplet\bin\*.dll" $dist
& "$QtDir\bin\windeployqt.exe" --release --no-compiler-runtime "$dist\tonghu.exe"
& "$dist\tonghu.exe" --self-test
