; Inno Setup script for Minga on Windows: a per-user install that needs no administrator
; rights (old school laptops often have none), a Start-menu entry, and an uninstaller that
; keeps the teacher's data unless they ask for it to be removed.
;
; Build (on Windows, after `python build_spec.py` made dist\minga\):
;   iscc /DAppVersion=0.1.0 installer\windows\minga.iss
; The workflow .github/workflows/windows-installer.yml does exactly this on a runner.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Minga"
#define AppId "cl.minga.Minga"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Minga
AppComments=Cuaderno del microcentro rural
DefaultDirName={localappdata}\Programs\Minga
DefaultGroupName=Minga
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=minga-{#AppVersion}-instalador
SetupIconFile=..\..\resources\icons\minga.ico
UninstallDisplayIcon={app}\minga.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=6.1sp1

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
es.RemoveData=¿Eliminar también tus datos de Minga (prácticas, respaldos, paquetes)?%n%nSi no estás seguro, responde No: tus datos quedan en tu carpeta de usuario y Minga los encontrará si la vuelves a instalar.
en.RemoveData=Also remove your Minga data (practices, backups, bundles)?%n%nIf unsure, answer No: your data stays in your user folder and Minga finds it again if you reinstall.
es.DesktopIcon=Crear un acceso directo en el escritorio
en.DesktopIcon=Create a desktop shortcut
es.Firewall=Permitir que Minga reciba los paquetes de la reunión mensual en redes privadas (regla del firewall de Windows)
en.Firewall=Let Minga receive the monthly meeting's bundles on private networks (Windows firewall rule)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked
; The monthly meeting (Sincronizar > Sala de la sesión, `minga meeting host`): the
; advisor's Minga listens on TCP 47400 and answers mDNS (UDP 5353). A firewall rule needs
; administrator rights: it is offered when Minga is installed for all users; a per-user
; install leaves it to Windows' own question the first time the room is opened (README).
Name: "firewall"; Description: "{cm:Firewall}"; Check: IsAdminInstallMode

[Files]
Source: "..\..\dist\minga\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Minga"; Filename: "{app}\minga.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\Minga"; Filename: "{app}\minga.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; Double-clicking a bundle (.minga) opens it in Minga.
Root: HKCU; Subkey: "Software\Classes\.minga"; ValueType: string; ValueData: "Minga.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Minga.Bundle"; ValueType: string; ValueData: "Paquete de Minga"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Minga.Bundle\DefaultIcon"; ValueType: string; ValueData: "{app}\minga.exe,0"
Root: HKCU; Subkey: "Software\Classes\Minga.Bundle\shell\open\command"; ValueType: string; ValueData: """{app}\minga.exe"" ""%1"""

[Run]
; Inbound rules for both programs (the window and the command line), private networks
; only: a school's or a hotspot's network marked "public" stays closed. Deleted first so
; that reinstalling does not pile up copies.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Minga"""; Flags: runhidden; Tasks: firewall
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Minga"" dir=in action=allow profile=private program=""{app}\minga.exe"" enable=yes description=""Minga: reunión mensual (Sala de la sesión)"""; Flags: runhidden; Tasks: firewall
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Minga"" dir=in action=allow profile=private program=""{app}\minga-cli.exe"" enable=yes description=""Minga: reunión mensual (minga meeting host)"""; Flags: runhidden; Tasks: firewall
Filename: "{app}\minga.exe"; Description: "{cm:LaunchProgram,Minga}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; The firewall rules go with Minga (nothing happens when there are none).
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Minga"""; Flags: runhidden; RunOnceId: "MingaFirewall"; Check: IsAdminInstallMode

[Code]
// The data folder is the one platformdirs gives Minga: %APPDATA%\Minga (roaming).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{userappdata}\Minga');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(CustomMessage('RemoveData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
