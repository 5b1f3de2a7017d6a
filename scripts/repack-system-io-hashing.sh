#!/usr/bin/env bash
# Repacks the System.IO.Hashing assembly that ships inside the installed .NET SDK as a NuGet package in the
# git-ignored folder .local-packages/, for machines whose package registry lacks it (Directory.Build.props adds
# that folder as a restore source when it exists). scripts/setup.sh calls this only when restore cannot find it.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's|.*Include="System.IO.Hashing" Version="\([^"]*\)".*|\1|p' Directory.Packages.props)
sdk_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
dll=""
for candidate in "$sdk_root"/sdk/*/Sdks/Microsoft.NET.Sdk/tools/net*/System.IO.Hashing.dll; do
  [ -f "$candidate" ] || continue
  if strings -el "$candidate" | grep -q "^${version}+"; then dll=$candidate; break; fi
done
if [ -z "$dll" ]; then
  echo "setup: no System.IO.Hashing $version inside the .NET SDK at $sdk_root; install the SDK that ships it" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lib/net10.0" .local-packages
cp "$dll" "$work/lib/net10.0/"
cat > "$work/System.IO.Hashing.nuspec" <<NUSPEC
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>System.IO.Hashing</id>
    <version>$version</version>
    <authors>Microsoft</authors>
    <description>System.IO.Hashing repacked from the locally installed .NET SDK.</description>
    <dependencies><group targetFramework="net10.0" /></dependencies>
  </metadata>
  <files><file src="lib/net10.0/System.IO.Hashing.dll" target="lib/net10.0" /></files>
</package>
NUSPEC
cat > "$work/repack.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <NuspecFile>System.IO.Hashing.nuspec</NuspecFile>
    <NoBuild>true</NoBuild>
    <IncludeBuildOutput>false</IncludeBuildOutput>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
</Project>
PROJ
(cd "$work" && dotnet pack repack.csproj -o "$OLDPWD/.local-packages" --nologo -v quiet >/dev/null)
echo "setup: repacked System.IO.Hashing $version from $dll into .local-packages/"
