; Inno Setup script: a per-user installer for the one-folder build (no administrator rights).
;
;   iscc /DAppVersion=X.Y.Z packaging\windows\uploader-gui.iss
;
; Run from the repository root after PyInstaller has built dist\uploader-gui\ and rendered
; build\icons\. Writes dist\uploader-gui-<version>-windows-x64-setup.exe. The version comes from
; uploader_gui/__init__.py through the build, never from this file.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\uploader-gui.iss
#endif
#define AppName "api.video Uploader"
#define AppExe "uploader-gui.exe"
#define SourceRoot "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6B0E5C7A-3F0D-4C1E-9A57-2D7C1B9E4F21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppPublisherURL=https://api.video
; Per user: installs under %LOCALAPPDATA%\Programs, the Start menu entry is the user's own.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#SourceRoot}\dist
OutputBaseFilename=uploader-gui-{#AppVersion}-windows-x64-setup
SetupIconFile={#SourceRoot}\build\icons\uploader-gui.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app keeps a lock while running; ask to close it rather than leave files half-replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceRoot}\dist\uploader-gui\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version may ship fewer files; start from an empty library folder.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Upload videos to api.video"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
