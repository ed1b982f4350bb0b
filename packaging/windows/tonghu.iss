; SPDX-License-Identifier: GPL-3.0-or-later
; Inno Setup 6 script for Tonghu. Build dist\ with build.ps1 first. Untested so far.
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1D0B52-7A3E-4F3B-9E1D-2F0C7B5A9D41}
AppName=童护 Tonghu
AppVersion={#AppVersion}
AppPublisher=The Tonghu developers
DefaultDirName={autopf}\Tonghu
DefaultGroupName=童护
OutputDir=..\..\dist-installer
OutputBaseFilename=tonghu-{#AppVersion}-setup
ArchitecturesInstallIn64BitMode=x64
ArchitecturesAllowed=x64
PrivilegesRequiredOverridesAllowed=dialog
LicenseFile=..\linux\copyright

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\童护"; Filename: "{app}\tonghu.exe"
Name: "{autodesktop}\童护"; Filename: "{app}\tonghu.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\tonghu.exe"; Description: "{cm:LaunchProgram,童护}"; Flags: nowait postinstall skipifsilent

; The vault lives in the user's folder (%LOCALAPPDATA%\tonghu); an uninstall never deletes it.
