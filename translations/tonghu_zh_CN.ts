<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <source>The backup could not be unpacked: the disk may be full or not writable.</source>
        <translation>无法解开备份：磁盘可能已满或不可写入。</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Nothing was changed.</source>
        <translation>这个密码打不开该备份。未作任何改动。</translation>
    </message>
    <message>
        <source>The recovery code does not open this backup. Nothing was changed.</source>
        <translation>这个恢复码打不开该备份。未作任何改动。</translation>
    </message>
    <message>
        <source>The restored vault could not be moved into the chosen folder; check the folder&apos;s permissions. Nothing was changed.</source>
        <translation>恢复的数据无法移入所选文件夹，请检查文件夹权限。未作任何改动。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Give either --folder or --server, not both.</source>
        <translation>请只给出 --folder 或 --server 其中之一。</translation>
    </message>
    <message>
        <source>The password file cannot be read.</source>
        <translation>无法读取密码文件。</translation>
    </message>
    <message>
        <source>No sync target is set yet: give a folder with --folder DIR or a server with --server URL.</source>
        <translation>尚未设置同步位置：请用 --folder DIR 指定文件夹，或用 --server URL 指定服务器。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--screenshot needs the passphrase in TONGHU_PASSPHRASE.</source>
        <translation>--screenshot 需要通过 TONGHU_PASSPHRASE 提供密码。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation>--lang 只能是 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Tonghu</source>
        <translation>童护</translation>
    </message>
    <message>
        <source>Case records for children in difficulty.</source>
        <translation>困境儿童档案管理。</translation>
    </message>
    <message>
        <source>The vault folder.</source>
        <translation>数据文件夹。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--screenshot-of review-queue needs a township&apos;s vault.</source>
        <translation>--screenshot-of review-queue 需要乡镇的数据。</translation>
    </message>
    <message>
        <source>--screenshot-of oversight needs a township&apos;s or county&apos;s vault.</source>
        <translation>--screenshot-of oversight 需要乡镇或县级的数据库。</translation>
    </message>
    <message>
        <source>Check that this installation works (translations, encryption, the window) and exit.</source>
        <translation>检查本机安装是否正常（翻译、加密、窗口）后退出。</translation>
    </message>
    <message>
        <source>Save the view chosen with --screenshot-of as a PNG file and exit (the main window&apos;s views unlock the vault with the passphrase in TONGHU_PASSPHRASE).</source>
        <translation>将 --screenshot-of 选定的画面保存为 PNG 文件后退出（主窗口的画面用 TONGHU_PASSPHRASE 中的口令解锁数据库）。</translation>
    </message>
    <message>
        <source>What --screenshot shows: %1 (default: %2).</source>
        <translation>--screenshot 显示的画面：%1（默认：%2）。</translation>
    </message>
    <message>
        <source>--screenshot-of reports needs a township&apos;s or county&apos;s vault.</source>
        <translation>--screenshot-of reports 需要乡镇或县级的数据库。</translation>
    </message>
    <message>
        <source>--screenshot-of takes one of: %1.</source>
        <translation>--screenshot-of 可选：%1。</translation>
    </message>
</context>
<context>
    <name>tonghu::Crypto</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密组件无法启动。</translation>
    </message>
</context>
<context>
    <name>tonghu::Database</name>
    <message>
        <source>This vault was saved by a newer version of Tonghu (data version %1; this version reads up to %2). Please update Tonghu; the vault was not changed.</source>
        <translation>这些数据由更新版本的童护保存（数据版本%1，本版本最高只能读取%2）。请升级童护；数据未作任何改动。</translation>
    </message>
    <message>
        <source>The database file is missing.</source>
        <translation>找不到数据库文件。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation>无法读写数据库文件。</translation>
    </message>
    <message>
        <source>The database is read-only; check the folder&apos;s permissions.</source>
        <translation>数据库为只读，请检查文件夹的权限。</translation>
    </message>
    <message>
        <source>The database file is damaged or does not belong to this vault.</source>
        <translation>数据库文件已损坏，或不属于此数据文件夹。</translation>
    </message>
    <message>
        <source>The database is in use by another Tonghu window.</source>
        <translation>数据库正被另一个童护窗口使用。</translation>
    </message>
    <message>
        <source>The change conflicts with a record already stored.</source>
        <translation>此修改与已保存的记录冲突。</translation>
    </message>
    <message>
        <source>Internal database error (%1: %2).</source>
        <translation>数据库内部错误（%1：%2）。</translation>
    </message>
</context>
<context>
    <name>tonghu::backup::Backup</name>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>备份已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing.</source>
        <translation>找不到数据的密钥文件。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged; it was not backed up.</source>
        <translation>数据的密钥文件已损坏，未进行备份。</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the backup; check free disk space.</source>
        <translation>无法为备份创建临时文件夹，请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <source>The backup was not prepared.</source>
        <translation>备份未准备好。</translation>
    </message>
    <message>
        <source>The copy of the database was not closed cleanly.</source>
        <translation>数据库副本未能正常关闭。</translation>
    </message>
    <message>
        <source>No temporary folder could be made to check the backup.</source>
        <translation>无法创建用于检查备份的临时文件夹。</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete, so it cannot be used. Nothing was changed.</source>
        <translation>备份文件已损坏或不完整，无法使用。未作任何改动。</translation>
    </message>
    <message>
        <source>The backup could not be written: the disk may be full or not writable. No backup file was left behind.</source>
        <translation>无法写入备份：磁盘可能已满或不可写入。没有留下不完整的备份文件。</translation>
    </message>
    <message>
        <source>The copy of the database could not be read back.</source>
        <translation>无法读回数据库副本。</translation>
    </message>
    <message>
        <source>The backup file cannot be opened.</source>
        <translation>无法打开备份文件。</translation>
    </message>
    <message>
        <source>This is not a Tonghu backup file.</source>
        <translation>这不是童护的备份文件。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tonghu; update Tonghu to open it.</source>
        <translation>这个备份由更新版本的童护生成，请先更新童护再打开。</translation>
    </message>
    <message>
        <source>The backup could not be unpacked: the disk may be full or not writable.</source>
        <translation>无法解开备份：磁盘可能已满或不可写入。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder to restore into.</source>
        <translation>%1 是文件而不是文件夹，请选择要恢复到的文件夹。</translation>
    </message>
    <message>
        <source>%1 already holds a vault; it was not changed. Choose a new folder, or confirm that the vault there is to be replaced.</source>
        <translation>%1 中已有数据，未作改动。请选择新的文件夹，或确认替换其中的数据。</translation>
    </message>
    <message>
        <source>%1 holds other files and no vault; restore into a new or empty folder.</source>
        <translation>%1 中有其他文件但没有童护数据，请恢复到新的或空的文件夹。</translation>
    </message>
    <message>
        <source>The folder to restore into could not be created.</source>
        <translation>无法创建要恢复到的文件夹。</translation>
    </message>
    <message>
        <source>The folder to restore into is not writable.</source>
        <translation>要恢复到的文件夹不可写入。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Tonghu; update Tonghu to restore it. Nothing was changed.</source>
        <translation>这个备份由更新版本的童护生成，请先更新童护再恢复。未作任何改动。</translation>
    </message>
</context>
<context>
    <name>tonghu::cli::Arguments</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>选项 --%1 不需要值。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
</context>
<context>
    <name>tonghu::cli::CliApp</name>
    <message>
        <source>Usage: tonghu-cli check-id NUMBER [--json]</source>
        <translation>用法：tonghu-cli check-id NUMBER [--json]</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Valid: born %1, %2, registered in %3.</source>
        <translation>有效：出生日期 %1，性别 %2，登记地 %3。</translation>
    </message>
    <message>
        <source>NUMBER [--json]</source>
        <translation>NUMBER [--json]</translation>
    </message>
    <message>
        <source>Check an identity-card number: birth date, sex and check character.</source>
        <translation>核验身份证号：出生日期、性别和校验码。</translation>
    </message>
    <message>
        <source>children takes no arguments besides its options.</source>
        <translation>children 命令只接受选项，不接受其他参数。</translation>
    </message>
    <message>
        <source>No child matches.</source>
        <translation>没有符合条件的儿童。</translation>
    </message>
    <message>
        <source>No children on file.</source>
        <translation>还没有儿童档案。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Only children whose name, pinyin, initials or last ID digits start with TEXT.</source>
        <translation>只列出姓名、拼音或拼音首字母以 TEXT 开头，或身份证号以 TEXT 结尾的儿童。</translation>
    </message>
    <message>
        <source>The vault folder.</source>
        <translation>数据文件夹。</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else TONGHU_PASSPHRASE, else a prompt).</source>
        <translation>从 FILE 的第一行读取密码（没有则用 TONGHU_PASSPHRASE，再没有则提示输入）。</translation>
    </message>
    <message>
        <source>Print data as JSON.</source>
        <translation>以 JSON 格式输出数据。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>提示信息的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Show help (for a command after its name).</source>
        <translation>显示帮助（写在命令名之后则显示该命令的帮助）。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli [--vault DIR] COMMAND [OPTIONS]. `tonghu-cli --help` lists the commands.</source>
        <translation>用法：tonghu-cli [--vault DIR] COMMAND [OPTIONS]。`tonghu-cli --help` 可列出所有命令。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>所有命令通用的选项：</translation>
    </message>
    <message>
        <source>Default vault folder: %1</source>
        <translation>默认数据文件夹：%1</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 bad input (nothing was changed).</source>
        <translation>退出码：0 完成，1 失败，2 输入有误（未作任何改动）。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en.</source>
        <translation>--lang 只能是 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>--vault needs a folder.</source>
        <translation>--vault 需要指定一个文件夹。</translation>
    </message>
    <message>
        <source>--passphrase-file needs a file.</source>
        <translation>--passphrase-file 需要指定一个文件。</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 须为 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed 须为 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation>demo 命令只接受选项，不接受其他参数。</translation>
    </message>
    <message>
        <source>--village-name only applies when demo creates the vault.</source>
        <translation>--village-name 仅在 demo 新建数据文件夹时有效。</translation>
    </message>
    <message>
        <source>A demo village can only be added to a village&apos;s vault.</source>
        <translation>演示村只能添加到村级数据中。</translation>
    </message>
    <message>
        <source>This vault belongs to the village %1; --place cannot change it.</source>
        <translation>这份数据属于代码为 %1 的村，--place 不能更改。</translation>
    </message>
    <message>
        <source>Added a demo village with %1 households and %2 children. All names and ID numbers are made up.</source>
        <translation>已添加演示村，共%1户家庭、%2名儿童。所有姓名和身份证号均为虚构。</translation>
    </message>
    <message>
        <source>[--children N] [--seed S] [--place CODE]</source>
        <translation>[--children N] [--seed S] [--place CODE]</translation>
    </message>
    <message>
        <source>Number of children (default 30).</source>
        <translation>儿童人数（默认 30）。</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>生成器的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>12-digit village code for a new vault (default 621126103201, Minxian, Gansu).</source>
        <translation>新建数据时使用的12位村代码（默认 621126103201，甘肃省岷县）。</translation>
    </message>
    <message>
        <source>The village&apos;s name for a new vault (default 红旗村).</source>
        <translation>新建数据时使用的村名（默认 红旗村）。</translation>
    </message>
    <message>
        <source>The standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The input is larger than 4 MiB; it cannot be one child&apos;s facts.</source>
        <translation>输入超过 4 MiB，不可能是一名儿童的信息。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli evaluate FILE|- [--rules DIR]</source>
        <translation>用法：tonghu-cli evaluate FILE|- [--rules DIR]</translation>
    </message>
    <message>
        <source>--rules needs a folder.</source>
        <translation>--rules 需要指定一个文件夹。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>FILE|- [--rules DIR]</source>
        <translation>FILE|- [--rules DIR]</translation>
    </message>
    <message>
        <source>Apply the rulebook to one child&apos;s facts (JSON from FILE, or - for standard input) and print the findings as JSON.</source>
        <translation>按规则研判一名儿童的信息（从 FILE 读取 JSON，- 表示标准输入），并以 JSON 输出研判结果。</translation>
    </message>
    <message>
        <source>Use the rulebook in DIR instead of the built-in one.</source>
        <translation>使用 DIR 中的规则，而不是内置规则。</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options.</source>
        <translation>init 命令只接受选项，不接受其他参数。</translation>
    </message>
    <message>
        <source>init needs --role, --place and --user.</source>
        <translation>init 需要 --role、--place 和 --user。</translation>
    </message>
    <message>
        <source>The role is village, township or county.</source>
        <translation>角色须为 village（村）、township（乡镇）或 county（县）。</translation>
    </message>
    <message>
        <source>Give the user&apos;s name with --user.</source>
        <translation>请用 --user 指定使用者姓名。</translation>
    </message>
    <message>
        <source>--village-name is only for a village.</source>
        <translation>--village-name 只适用于村。</translation>
    </message>
    <message>
        <source>--role village|township|county --place CODE --user NAME [--village-name NAME]</source>
        <translation>--role village|township|county --place CODE --user NAME [--village-name NAME]</translation>
    </message>
    <message>
        <source>Create a vault and show its recovery code once.</source>
        <translation>新建数据文件夹，恢复码只显示一次。</translation>
    </message>
    <message>
        <source>village, township or county.</source>
        <translation>village（村）、township（乡镇）或 county（县）。</translation>
    </message>
    <message>
        <source>12 digits for a village (township code + village number), 9 for a township, 6 for a county.</source>
        <translation>村为12位（乡镇代码 + 村编号），乡镇为9位，县为6位。</translation>
    </message>
    <message>
        <source>The name of the person using this vault.</source>
        <translation>使用这份数据的人员姓名。</translation>
    </message>
    <message>
        <source>The village&apos;s name (villages only).</source>
        <translation>村名（仅限村）。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli rules show [DIR] [--json]</source>
        <translation>用法：tonghu-cli rules show [DIR] [--json]</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>[DIR] [--json]</source>
        <translation>[DIR] [--json]</translation>
    </message>
    <message>
        <source>List the rules of a rulebook folder (default: the built-in one).</source>
        <translation>列出规则文件夹中的规则（默认为内置规则）。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli rules check DIR [--checklists DIR] [--json]</source>
        <translation>用法：tonghu-cli rules check DIR [--checklists DIR] [--json]</translation>
    </message>
    <message>
        <source>OK: %1, %2 rules, %3 facts, %4 settings, %5 checklists</source>
        <translation>正常：%1，规则%2条，信息项%3个，设置%4项，走访清单%5份</translation>
    </message>
    <message>
        <source>DIR [--checklists DIR] [--json]</source>
        <translation>DIR [--checklists DIR] [--json]</translation>
    </message>
    <message>
        <source>Check a rulebook folder and its checklists: syntax, facts, settings, types, values, rule references and cycles. Prints the first problem as file:line:column.</source>
        <translation>检查规则文件夹及其走访清单：语法、信息项、设置、类型、取值、规则引用和循环引用。发现的第一个问题按“文件:行:列”输出。</translation>
    </message>
    <message>
        <source>The checklists to check with it (default: the checklists folder beside DIR).</source>
        <translation>一并检查的走访清单（默认为 DIR 旁边的 checklists 文件夹）。</translation>
    </message>
    <message>
        <source>Add a made-up village with a year of visits and referrals (creating the vault if needed); the same seed on the same day gives the same village.</source>
        <translation>添加一个虚构的演示村，含一年的走访和转介记录（必要时新建数据文件夹）；同一天用相同的种子，生成的村也相同。</translation>
    </message>
    <message>
        <source>%1 %2 (%3), device %4
Fingerprint: %5</source>
        <translation>%1 %2（%3），设备 %4
指纹：%5</translation>
    </message>
    <message>
        <source>enroll export needs --out FILE and nothing else.</source>
        <translation>enroll export 需要 --out FILE，不接受其他参数。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote this device&apos;s enrollment to %1.</source>
        <translation>已将本设备的登记文件写入 %1。</translation>
    </message>
    <message>
        <source>Read the fingerprint to the person who imports the file, so they can check it.</source>
        <translation>请把指纹念给导入该文件的人，以便对方核对。</translation>
    </message>
    <message>
        <source>enroll import takes one enrollment file.</source>
        <translation>enroll import 需要一个登记文件。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Enrolled: %1</source>
        <translation>已登记：%1</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the other device shows, by phone. If they differ, revoke this device at once.</source>
        <translation>请通过电话与对方设备显示的指纹核对。如不一致，请立即吊销该设备。</translation>
    </message>
    <message>
        <source>enroll list takes no arguments besides its options.</source>
        <translation>enroll list 除选项外不接受参数。</translation>
    </message>
    <message>
        <source>This device: %1
Fingerprint: %2</source>
        <translation>本设备：%1
指纹：%2</translation>
    </message>
    <message>
        <source>No device is enrolled yet.</source>
        <translation>尚未登记任何设备。</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>已吊销：%1</translation>
    </message>
    <message>
        <source>Trusted: %1</source>
        <translation>已信任：%1</translation>
    </message>
    <message>
        <source>--out FILE [--json]</source>
        <translation>--out FILE [--json]</translation>
    </message>
    <message>
        <source>Write this device&apos;s enrollment file (public keys, role, place) for the township or county, or the villages, to import.</source>
        <translation>写出本设备的登记文件（公钥、角色、地区），供乡镇、县或各村导入。</translation>
    </message>
    <message>
        <source>Where to write the enrollment file.</source>
        <translation>登记文件的保存位置。</translation>
    </message>
    <message>
        <source>FILE [--json]</source>
        <translation>FILE [--json]</translation>
    </message>
    <message>
        <source>Trust the device of an enrollment file: a village&apos;s, or the township&apos;s or county&apos;s above this one.</source>
        <translation>信任登记文件中的设备：某个村的设备，或本设备上级乡镇、县的设备。</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint and the devices it trusts.</source>
        <translation>本设备的指纹及其信任的设备。</translation>
    </message>
    <message>
        <source>%1 takes one bundle file.</source>
        <translation>%1 需要一个数据包文件。</translation>
    </message>
    <message>
        <source>export needs --to DIR and nothing else.</source>
        <translation>export 需要 --to DIR，不接受其他参数。</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>没有待发送的内容。</translation>
    </message>
    <message>
        <source>Valid: signed by enrolled device %1 (%2 %3), events %4 to %5.</source>
        <translation>有效：由已登记设备 %1（%2 %3）签名，事件 %4 至 %5。</translation>
    </message>
    <message>
        <source>--to DIR [--json]</source>
        <translation>--to DIR [--json]</translation>
    </message>
    <message>
        <source>Write the changes not yet acknowledged by the township and county as bundles into DIR, and print their paths.</source>
        <translation>将乡镇和县尚未确认收到的变更写成数据包存入 DIR，并列出其路径。</translation>
    </message>
    <message>
        <source>The folder to write the bundles to.</source>
        <translation>数据包的保存文件夹。</translation>
    </message>
    <message>
        <source>Check a bundle&apos;s structure and signature without importing it: exit 0 valid, 1 invalid with the reason.</source>
        <translation>检查数据包的结构和签名，不导入：有效时退出码为 0，无效时为 1 并说明原因。</translation>
    </message>
    <message>
        <source>Show a bundle&apos;s header and counts; its contents only when it is sealed to this device.</source>
        <translation>显示数据包的包头和数量；只有发给本设备的数据包才显示其内容。</translation>
    </message>
    <message>
        <source>import takes one or more bundle files.</source>
        <translation>import 需要一个或多个数据包文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) applied.</source>
        <translation>
            <numerusform>%1：已导入 %n 项变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported; nothing changed.</source>
        <translation>%1：已导入过，没有变化。</translation>
    </message>
    <message>
        <source>%1: held until the sender&apos;s change %2 arrives (an earlier bundle is missing).</source>
        <translation>%1：暂存，等待发送方第 %2 项变更到达（缺少更早的数据包）。</translation>
    </message>
    <message>
        <source>%1: refused, nothing changed: %2</source>
        <translation>%1：已拒绝，未作任何改动：%2</translation>
    </message>
    <message>
        <source>FILE... [--json]</source>
        <translation>FILE... [--json]</translation>
    </message>
    <message>
        <source>Import bundles from enrolled devices: each is verified, decrypted and applied whole, or refused and nothing changes.</source>
        <translation>导入已登记设备的数据包：每个数据包都先验证、解密，再整体导入；若被拒绝则不作任何改动。</translation>
    </message>
    <message>
        <source>sync takes no arguments besides its options.</source>
        <translation>sync 除选项外不接受参数。</translation>
    </message>
    <message>
        <source>Synced with %1: %2 bundle(s) imported with %3 change(s), %4 written.</source>
        <translation>已与 %1 同步：导入 %2 个数据包，含 %3 项变更；写出 %4 个。</translation>
    </message>
    <message>
        <source>A bundle is held until the sender&apos;s change %1 arrives.</source>
        <translation>有一个数据包暂存，等待发送方第 %1 项变更到达。</translation>
    </message>
    <message>
        <source>The shared folder (remembered for next time).</source>
        <translation>共用的文件夹（下次自动使用）。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli rules publish DIR</source>
        <translation>用法：tonghu-cli rules publish DIR</translation>
    </message>
    <message>
        <source>Published the settings of %1; they go to the townships and villages at the next sync.</source>
        <translation>已发布 %1 的设置；下次同步时将发往各乡镇和村。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli conflicts [--json]</source>
        <translation>用法：tonghu-cli conflicts [--json]</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli conflicts resolve ID --keep shown|other</source>
        <translation>用法：tonghu-cli conflicts resolve ID --keep shown|other</translation>
    </message>
    <message>
        <source>Settled.</source>
        <translation>已处理。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>County only: check the rulebook folder DIR and publish its settings under its version to every township and village of the county.</source>
        <translation>仅限县级：检查规则文件夹 DIR，并以其版本号将其中的设置发布给本县所有乡镇和村。</translation>
    </message>
    <message>
        <source>List the fields changed on two devices at once, waiting for a decision.</source>
        <translation>列出在两台设备上同时被修改、等待决定的字段。</translation>
    </message>
    <message>
        <source>ID --keep shown|other</source>
        <translation>ID --keep shown|other</translation>
    </message>
    <message>
        <source>Settle a conflict: keep the value shown, or write the other device&apos;s value.</source>
        <translation>处理冲突：保留当前显示的值，或改用另一台设备的值。</translation>
    </message>
    <message>
        <source>Which value to keep.</source>
        <translation>保留哪一个值。</translation>
    </message>
    <message>
        <source>[--folder DIR | --server URL [--user NAME] [--server-password-file FILE]] [--json]</source>
        <translation>[--folder DIR | --server URL [--user NAME] [--server-password-file FILE]] [--json]</translation>
    </message>
    <message>
        <source>Exchange bundles through a folder shared with the township or villages (a USB stick or a shared drive) or a WebDAV server: import those for this device, leave this device&apos;s. The target is remembered; the server password may also come from TONGHU_SYNC_PASSWORD.</source>
        <translation>通过与乡镇或各村共用的文件夹（U 盘或共享盘）或 WebDAV 服务器交换数据包：导入发给本设备的，留下本设备的。同步位置会被记住；服务器密码也可通过 TONGHU_SYNC_PASSWORD 提供。</translation>
    </message>
    <message>
        <source>The WebDAV server (remembered for next time).</source>
        <translation>WebDAV 服务器（下次自动使用）。</translation>
    </message>
    <message>
        <source>The user name on the server.</source>
        <translation>服务器上的用户名。</translation>
    </message>
    <message>
        <source>A file whose first line is the server password.</source>
        <translation>第一行为服务器密码的文件。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli retention due [--json]</source>
        <translation>用法：tonghu-cli retention due [--json]</translation>
    </message>
    <message>
        <source>Children who left more than %1 years ago and can be purged: %2</source>
        <translation>已离开超过 %1 年、可以清除的儿童：%2 名</translation>
    </message>
    <message>
        <source>Purging cannot be undone: run tonghu-cli retention purge --confirm to purge every child listed by retention due.</source>
        <translation>清除后无法恢复：请运行 tonghu-cli retention purge --confirm，清除 retention due 列出的所有儿童。</translation>
    </message>
    <message>
        <source>Children whose records were purged from this device: %1</source>
        <translation>已从本设备清除记录的儿童：%1 名</translation>
    </message>
    <message>
        <source>List the children who left longer ago than the county&apos;s retention setting.</source>
        <translation>列出离开时间超过县里保存期限设置的儿童。</translation>
    </message>
    <message>
        <source>--confirm</source>
        <translation>--confirm</translation>
    </message>
    <message>
        <source>Purge from this device every record of the children retention due lists; audited.</source>
        <translation>从本设备清除 retention due 所列儿童的全部记录；会写入审计日志。</translation>
    </message>
    <message>
        <source>Yes, purge them.</source>
        <translation>确认清除。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli audit verify [--json]</source>
        <translation>用法：tonghu-cli audit verify [--json]</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation>
            <numerusform>审计日志完整：共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at entry %1: it was changed, removed or added outside Tonghu.</source>
        <translation>审计日志在第 %1 条处被篡改：有记录在童护之外被修改、删除或添加。</translation>
    </message>
    <message>
        <source>--since takes a date such as 2025-03-01.</source>
        <translation>--since 需要日期，例如 2025-03-01。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli audit list [--since DATE] [--action A] [--user ID] [--json]</source>
        <translation>用法：tonghu-cli audit list [--since 日期] [--action 操作] [--user 用户ID] [--json]</translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain: exit 0 intact, 1 with the first entry that was changed, removed or added.</source>
        <translation>校验审计日志的哈希链：完整时退出码为 0；否则为 1，并给出第一条被修改、删除或添加的记录。</translation>
    </message>
    <message>
        <source>[--since DATE] [--action A] [--user ID] [--json]</source>
        <translation>[--since 日期] [--action 操作] [--user 用户ID] [--json]</translation>
    </message>
    <message>
        <source>List the audit log, oldest first: who did what to which record, by id only.</source>
        <translation>列出审计日志（从早到晚）：谁对哪条记录做了什么，只显示编号。</translation>
    </message>
    <message>
        <source>Only entries from this day (YYYY-MM-DD) on.</source>
        <translation>只列出这一天（YYYY-MM-DD）及以后的记录。</translation>
    </message>
    <message>
        <source>Only this action, or this group of actions (export finds export.pdf).</source>
        <translation>只列出这一操作或这一类操作（export 可找到 export.pdf）。</translation>
    </message>
    <message>
        <source>Only entries of the user with this id.</source>
        <translation>只列出该编号用户的记录。</translation>
    </message>
    <message>
        <source>[--search TEXT] [--show-id] [--json]</source>
        <translation>[--search 文字] [--show-id] [--json]</translation>
    </message>
    <message>
        <source>List the children on file, ID numbers masked unless --show-id.</source>
        <translation>列出在册儿童，身份证号默认遮挡，加 --show-id 显示完整号码。</translation>
    </message>
    <message>
        <source>Show the ID numbers whole; each one shown is written to the audit log.</source>
        <translation>显示完整身份证号；每显示一个都会记入审计日志。</translation>
    </message>
    <message>
        <source>History of the past year: submitted visits: %1, open drafts: %2, referrals: %3, guardians&apos; consents: %4.</source>
        <translation>过去一年的记录：已提交走访 %1 次，未完成草稿 %2 份，转介 %3 件，监护人同意 %4 份。</translation>
    </message>
    <message>
        <source>report ledger takes no arguments besides its options.</source>
        <translation>report ledger 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>--format takes xlsx or csv.</source>
        <translation>--format 可取 xlsx 或 csv。</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.</source>
        <translation>请用 --out FILE 指定要写入的文件。</translation>
    </message>
    <message>
        <source>The folder of --out does not exist.</source>
        <translation>--out 所在的文件夹不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the ledger of %n child(ren) to %1.</source>
        <translation>
            <numerusform>已将 %n 名儿童的台账写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>--out FILE [--format xlsx|csv] [--place CODE] [--category NAME] [--show-id] [--show-notes]</source>
        <translation>--out FILE [--format xlsx|csv] [--place 代码] [--category 类别] [--show-id] [--show-notes]</translation>
    </message>
    <message>
        <source>Write the ledger of the place&apos;s children as an Excel or CSV file; ID numbers and notes masked unless asked for.</source>
        <translation>将本地区儿童的台账写成 Excel 或 CSV 文件；身份证号和备注默认遮挡。</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>要写入的文件（已存在时会被替换）。</translation>
    </message>
    <message>
        <source>xlsx (the default) or csv.</source>
        <translation>xlsx（默认）或 csv。</translation>
    </message>
    <message>
        <source>Only the children of this village (12 digits) or township (9); the vault&apos;s place by default.</source>
        <translation>只导出这个村（12 位）或乡镇（9 位）的儿童；默认为本数据所属地区。</translation>
    </message>
    <message>
        <source>Only the children of this category: its rule id (cat.orphan), short name (orphan) or title.</source>
        <translation>只导出这一类别的儿童：规则编号（cat.orphan）、简称（orphan）或名称。</translation>
    </message>
    <message>
        <source>Write whole ID numbers (only for your own area); recorded in the audit log.</source>
        <translation>写入完整身份证号（仅限本辖区）；会记入审计日志。</translation>
    </message>
    <message>
        <source>Write the children&apos;s sensitive notes (only for your own area); recorded in the audit log.</source>
        <translation>写入儿童的敏感备注（仅限本辖区）；会记入审计日志。</translation>
    </message>
    <message>
        <source>Children: %1, households: %2, visits: %3, events: %4; schema version %5.</source>
        <translation>儿童 %1 名，家庭 %2 户，走访 %3 次，变更 %4 项；数据结构版本 %5。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli backup --out FILE [--json]</source>
        <translation>用法：tonghu-cli backup --out FILE [--json]</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name. Nothing was written.</source>
        <translation>%1 已存在，请换一个文件名。未写入任何内容。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>备份已写入 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli backup verify FILE [--recovery-code] [--json]</source>
        <translation>用法：tonghu-cli backup verify FILE [--recovery-code] [--json]</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>The backup is intact and opens: made %1 for place %2.</source>
        <translation>备份完好，可以打开：%1 为地区 %2 生成。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli restore FILE --to DIR [--overwrite] [--recovery-code] [--json]</source>
        <translation>用法：tonghu-cli restore FILE --to DIR [--overwrite] [--recovery-code] [--json]</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation>已将 %1 的备份恢复到 %2。</translation>
    </message>
    <message>
        <source>The secret given (file, TONGHU_PASSPHRASE or prompt) is the recovery code, not a passphrase.</source>
        <translation>所给的密码（文件、TONGHU_PASSPHRASE 或提示输入）按恢复码处理，而不是密码。</translation>
    </message>
    <message>
        <source>Write one encrypted backup file of the vault (a consistent copy taken while it is in use, and its key slots); audited.</source>
        <translation>把数据写成一个加密的备份文件（使用中也能得到一致的副本，连同密钥）；会记入审计日志。</translation>
    </message>
    <message>
        <source>The backup file to write; must not exist.</source>
        <translation>要写入的备份文件；不能是已存在的文件。</translation>
    </message>
    <message>
        <source>FILE [--recovery-code] [--json]</source>
        <translation>FILE [--recovery-code] [--json]</translation>
    </message>
    <message>
        <source>Check that a backup is whole and opens with the passphrase: exit 0 intact, 1 damaged, 2 wrong passphrase.</source>
        <translation>检查备份是否完整、能否用密码打开：完好时退出码为 0，损坏为 1，密码错误为 2。</translation>
    </message>
    <message>
        <source>FILE --to DIR [--overwrite] [--recovery-code] [--json]</source>
        <translation>FILE --to DIR [--overwrite] [--recovery-code] [--json]</translation>
    </message>
    <message>
        <source>Restore a backup as the vault of a new or empty folder; an existing vault there is replaced only with --overwrite, and only once the restored one opened.</source>
        <translation>把备份恢复到新的或空的文件夹；只有加上 --overwrite 才会替换那里已有的数据，而且要等恢复的数据能打开之后才替换。</translation>
    </message>
    <message>
        <source>The folder of the restored vault.</source>
        <translation>恢复后数据所在的文件夹。</translation>
    </message>
    <message>
        <source>Replace the vault in that folder, if there is one.</source>
        <translation>如果那个文件夹中已有数据，就替换它。</translation>
    </message>
    <message>
        <source>The month to summarize, such as 2026-03.</source>
        <translation>要汇总的月份，例如 2026-03。</translation>
    </message>
    <message>
        <source>pdf or xlsx.</source>
        <translation>pdf 或 xlsx。</translation>
    </message>
    <message>
        <source>The file to write (replaced only once it is whole).</source>
        <translation>要写入的文件（写完整后才替换已有文件）。</translation>
    </message>
    <message>
        <source>The township or county, when it is not the vault&apos;s own (a county&apos;s vault names a township).</source>
        <translation>乡镇或县，不是本数据所属地区时指定（县级数据需指定乡镇）。</translation>
    </message>
    <message>
        <source>A county summary is made in the county&apos;s vault; this vault is a village&apos;s.</source>
        <translation>县汇总报表要在县级数据中生成；这是村级数据。</translation>
    </message>
    <message>
        <source>A township summary is made in the township&apos;s or the county&apos;s vault; this vault is a village&apos;s.</source>
        <translation>乡镇月报要在乡镇或县级数据中生成；这是村级数据。</translation>
    </message>
    <message>
        <source>A county summary is made in the county&apos;s vault; a township&apos;s vault holds only its own villages.</source>
        <translation>县汇总报表要在县级数据中生成；乡镇数据只包含本乡镇的村。</translation>
    </message>
    <message>
        <source>Name the township with --place CODE (9 digits): this vault is the county&apos;s.</source>
        <translation>请用 --place 代码（9 位）指定乡镇：这是县级数据。</translation>
    </message>
    <message>
        <source>%1 is not %2 or a place under it: this vault holds no records of it.</source>
        <translation>%1 不是 %2 或其下属地区：本数据中没有它的记录。</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli report county --month YYYY-MM --format pdf|xlsx --out FILE</source>
        <translation>用法：tonghu-cli report county --month YYYY-MM --format pdf|xlsx --out FILE</translation>
    </message>
    <message>
        <source>Usage: tonghu-cli report township --month YYYY-MM --format pdf|xlsx --out FILE [--place CODE]</source>
        <translation>用法：tonghu-cli report township --month YYYY-MM --format pdf|xlsx --out FILE [--place 代码]</translation>
    </message>
    <message>
        <source>The month %1 has not begun yet.</source>
        <translation>%1 月还没有开始。</translation>
    </message>
    <message>
        <source>--format takes pdf or xlsx.</source>
        <translation>--format 可取 pdf 或 xlsx。</translation>
    </message>
    <message>
        <source>--out needs a file.</source>
        <translation>--out 需要一个文件。</translation>
    </message>
    <message>
        <source>--place takes a county&apos;s 6-digit code.</source>
        <translation>--place 需要 6 位县代码。</translation>
    </message>
    <message>
        <source>--place takes a township&apos;s 9-digit code.</source>
        <translation>--place 需要 9 位乡镇代码。</translation>
    </message>
    <message>
        <source>This program was built without PDF drawing; use tonghu-cli.</source>
        <translation>此程序构建时未包含 PDF 绘制功能，请使用 tonghu-cli。</translation>
    </message>
    <message>
        <source>%1 of %2 for %3 written to %4.</source>
        <translation>%3 的%1（%2）已写入 %4。</translation>
    </message>
    <message>
        <source>--month YYYY-MM --format pdf|xlsx --out FILE [--place CODE]</source>
        <translation>--month YYYY-MM --format pdf|xlsx --out FILE [--place 代码]</translation>
    </message>
    <message>
        <source>A township&apos;s summary of a month: visits done and due, categories, risks, referrals and benefits, per village; audited.</source>
        <translation>乡镇月报：按村统计应走访和已走访、困境类别、风险、转介和政策申请；会记入审计日志。</translation>
    </message>
    <message>
        <source>--month YYYY-MM --format pdf|xlsx --out FILE</source>
        <translation>--month YYYY-MM --format pdf|xlsx --out FILE</translation>
    </message>
    <message>
        <source>A county&apos;s summary of a month, per township, from the county&apos;s vault; audited.</source>
        <translation>县汇总报表：从县级数据按乡镇统计一个月的情况；会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>tonghu::cli::PassphraseInput</name>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>密码过长，不能超过%1字节。</translation>
    </message>
    <message>
        <source>The passphrase could not be read from the terminal.</source>
        <translation>无法从终端读取密码。</translation>
    </message>
    <message>
        <source>No passphrase: run in a terminal to be asked, or use --passphrase-file FILE or the TONGHU_PASSPHRASE variable.</source>
        <translation>没有密码：请在终端中运行以便输入密码，或使用 --passphrase-file FILE 或环境变量 TONGHU_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何改动。</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message numerus="yes">
        <source>New passphrase (at least %n characters): </source>
        <translation>
            <numerusform>新密码（至少 %n 个字符）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::cli::VaultAccess</name>
    <message>
        <source>There is no vault in %1. Create one with `tonghu-cli init` or `tonghu-cli demo`.</source>
        <translation>%1 中没有数据。请用 `tonghu-cli init` 或 `tonghu-cli demo` 新建。</translation>
    </message>
    <message>
        <source>A village code has 12 digits: the 9-digit township code and a 3-digit village number.</source>
        <translation>村代码为12位：9位乡镇代码加3位村编号。</translation>
    </message>
    <message>
        <source>A township code has 9 digits.</source>
        <translation>乡镇代码为9位。</translation>
    </message>
    <message>
        <source>A county code has 6 digits.</source>
        <translation>县代码为6位。</translation>
    </message>
    <message>
        <source>%1 is not a county in the national division table.</source>
        <translation>%1 不是全国行政区划表中的县。</translation>
    </message>
    <message>
        <source>%1 is not a township in the national division table.</source>
        <translation>%1 不是全国行政区划表中的乡镇。</translation>
    </message>
    <message>
        <source>The village number (the last 3 digits) cannot be 000.</source>
        <translation>村编号（后3位）不能为000。</translation>
    </message>
    <message>
        <source>Give the village&apos;s name with --village-name.</source>
        <translation>请用 --village-name 指定村名。</translation>
    </message>
    <message>
        <source>There is already a vault in %1; it was not changed.</source>
        <translation>%1 中已有数据，未作改动。</translation>
    </message>
    <message>
        <source>Created a vault for %1 in %2.</source>
        <translation>已在 %2 中新建%1的数据。</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>恢复码：%1</translation>
    </message>
    <message>
        <source>Write the recovery code on paper now and keep it somewhere safe, away from this computer. It is shown only this once; without it a forgotten passphrase cannot be replaced.</source>
        <translation>请现在把恢复码抄在纸上，存放在安全的地方，不要和这台电脑放在一起。恢复码只显示这一次；没有它，忘记密码后将无法重设。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::AttachmentStore</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is %1; attachments may be at most %2. Take the photo at a lower resolution or scan in black and white.</source>
        <translation>文件大小为%1，附件不能超过%2。请降低拍照分辨率，或改用黑白扫描。</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG) and PDF scans can be attached.</source>
        <translation>只能添加照片（JPEG、PNG）或 PDF 扫描件作为附件。</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>The attachment is damaged.</source>
        <translation>附件已损坏。</translation>
    </message>
    <message>
        <source>A photo or scan of a submitted visit is part of its record and cannot be removed.</source>
        <translation>已提交走访的照片或扫描件属于该走访记录，不能删除。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::ConsentStore</name>
    <message>
        <source>Signed consent form</source>
        <translation>签署的同意书</translation>
    </message>
    <message>
        <source>Thumbprint on the consent form</source>
        <translation>在同意书上按手印</translation>
    </message>
    <message>
        <source>Spoken, with a witness</source>
        <translation>口头同意，有见证人</translation>
    </message>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>该儿童的记录已不存在。</translation>
    </message>
    <message>
        <source>Enter the name of the guardian who gave consent.</source>
        <translation>请填写表示同意的监护人姓名。</translation>
    </message>
    <message>
        <source>Enter the day consent was given; it cannot be in the future.</source>
        <translation>请填写同意的日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose how consent was given.</source>
        <translation>请选择同意的方式。</translation>
    </message>
    <message>
        <source>A spoken consent needs the name of its witness.</source>
        <translation>口头同意需要填写见证人姓名。</translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s relation to the child from the list.</source>
        <translation>请从列表中选择监护人与儿童的关系。</translation>
    </message>
    <message>
        <source>This consent record no longer exists.</source>
        <translation>这条同意记录已不存在。</translation>
    </message>
    <message>
        <source>Enter the day consent was withdrawn: not before it was given, and not in the future.</source>
        <translation>请填写撤回同意的日期：不能早于同意的日期，也不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::DemoVillage</name>
    <message>
        <source>The demo village can have 1 to %1 children.</source>
        <translation>演示村的儿童人数须在1到%1之间。</translation>
    </message>
    <message>
        <source>A demo village needs a 12-digit village code.</source>
        <translation>演示村需要12位村代码。</translation>
    </message>
    <message>
        <source>A demo village needs a name.</source>
        <translation>演示村需要村名。</translation>
    </message>
    <message>
        <source>The demo&apos;s visit history cannot end in the future.</source>
        <translation>演示村的走访记录不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>未填写身份证号。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters, but this one has %1.</source>
        <translation>身份证号应为18位，当前为%1位。</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or the letter X.</source>
        <translation>身份证号由17位数字加1位数字或字母X组成。</translation>
    </message>
    <message>
        <source>The first two digits (%1) are not a province of China.</source>
        <translation>前两位（%1）不是有效的省份代码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date.</source>
        <translation>身份证号中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation>身份证号中的出生日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is before 1900.</source>
        <translation>身份证号中的出生日期（%1）早于1900年。</translation>
    </message>
    <message>
        <source>The check digit is wrong: the last character should be %1, unless another digit was mistyped.</source>
        <translation>校验码不对：最后一位应为%1，也可能是前面某一位输错了。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::Masking</name>
    <message>
        <source>[sensitive note hidden]</source>
        <translation>［敏感备注已隐藏］</translation>
    </message>
    <message>
        <source>That value is not one that is masked.</source>
        <translation>该项不属于遮挡显示的内容。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>This record is not from your area, so its value stays hidden.</source>
        <translation>该记录不属于您的辖区，内容保持隐藏。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::RecordStore</name>
    <message>
        <source>The household no longer exists.</source>
        <translation>该家庭已不存在。</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>该儿童档案已不存在。</translation>
    </message>
    <message>
        <source>A number of months must be between 0 and 1200.</source>
        <translation>月数须在0到1200之间。</translation>
    </message>
    <message>
        <source>The disability level must be 0 (none) or 1 to 4.</source>
        <translation>残疾等级须为0（无残疾）或1至4级。</translation>
    </message>
    <message>
        <source>Enter the household&apos;s address.</source>
        <translation>请填写家庭住址。</translation>
    </message>
    <message>
        <source>Choose the household&apos;s assistance status.</source>
        <translation>请选择家庭的救助情况。</translation>
    </message>
    <message>
        <source>Choose the kind of crisis from the list.</source>
        <translation>请从列表中选择突发变故的类型。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>Choose the household this person belongs to.</source>
        <translation>请选择此人所属的家庭。</translation>
    </message>
    <message>
        <source>Choose how the person is related to the child.</source>
        <translation>请选择此人与儿童的关系。</translation>
    </message>
    <message>
        <source>Choose the sex from the list.</source>
        <translation>请从列表中选择性别。</translation>
    </message>
    <message>
        <source>Choose the parent&apos;s status from the list.</source>
        <translation>请从列表中选择父母的状况。</translation>
    </message>
    <message>
        <source>Choose the disability type from the list.</source>
        <translation>请从列表中选择残疾类别。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter the child&apos;s name.</source>
        <translation>请填写儿童姓名。</translation>
    </message>
    <message>
        <source>Choose the household the child lives in.</source>
        <translation>请选择儿童所在的家庭。</translation>
    </message>
    <message>
        <source>Enter the child&apos;s birth date or ID number.</source>
        <translation>请填写儿童的出生日期或身份证号。</translation>
    </message>
    <message>
        <source>Choose the child&apos;s sex.</source>
        <translation>请选择儿童性别。</translation>
    </message>
    <message>
        <source>Choose the household registration from the list.</source>
        <translation>请从列表中选择户籍情况。</translation>
    </message>
    <message>
        <source>Choose the schooling from the list.</source>
        <translation>请从列表中选择就学情况。</translation>
    </message>
    <message>
        <source>A child&apos;s status is either active or left.</source>
        <translation>儿童状态只能是“在册”或“已离开”。</translation>
    </message>
    <message>
        <source>Parents and guardians must be members of the child&apos;s household.</source>
        <translation>父母和监护人必须是儿童所在家庭的成员。</translation>
    </message>
    <message>
        <source>A household whose children have visit records cannot be deleted.</source>
        <translation>家中儿童已有走访记录，不能删除该家庭。</translation>
    </message>
    <message>
        <source>A child with visit records cannot be deleted; mark the child as having left instead.</source>
        <translation>已有走访记录的儿童不能删除，请改为标记为“已离开”。</translation>
    </message>
    <message>
        <source>The day the child left cannot be in the future or before the birth date.</source>
        <translation>儿童离开的日期不能晚于今天，也不能早于出生日期。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::ReferralStore</name>
    <message>
        <source>Name the agency the child is referred to.</source>
        <translation>请填写接收转介的机构。</translation>
    </message>
    <message>
        <source>Give the reason for the referral.</source>
        <translation>请填写转介原因。</translation>
    </message>
    <message>
        <source>The due date is before the referral was opened.</source>
        <translation>截止日期早于转介发起的日期。</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>该转介已不存在。</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>状态为“%1”的转介不能改为“%2”。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>tonghu::model::Retention</name>
    <message>
        <source>A child&apos;s records are purged only when the retention time after they left (%1 years) is over. Nothing was purged.</source>
        <translation>儿童离开后须满保存期限（%1 年）才能清除其记录。未清除任何内容。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::ReviewStore</name>
    <message>
        <source>This visit is not in this township&apos;s records.</source>
        <translation>本乡镇的记录中没有这次走访。</translation>
    </message>
    <message>
        <source>Only a submitted visit can be reviewed.</source>
        <translation>只能审核已提交的走访。</translation>
    </message>
    <message>
        <source>This visit is from a village outside this township.</source>
        <translation>这次走访来自本乡镇以外的村。</translation>
    </message>
    <message>
        <source>This visit has been corrected since: review the corrected version.</source>
        <translation>这次走访之后已被更正：请审核更正后的版本。</translation>
    </message>
    <message>
        <source>Say what the child director should correct before returning the visit.</source>
        <translation>退回走访前，请写明儿童主任需要更正什么。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::VisitStore</name>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>该儿童档案已不存在。</translation>
    </message>
    <message>
        <source>The visit record no longer exists.</source>
        <translation>该走访记录已不存在。</translation>
    </message>
    <message>
        <source>This visit was submitted and cannot be changed; make a correction instead.</source>
        <translation>这次走访已提交，不能修改；请改为提交更正。</translation>
    </message>
    <message>
        <source>The checklist has no question &apos;%1&apos;.</source>
        <translation>走访清单中没有问题“%1”。</translation>
    </message>
    <message>
        <source>The visit date cannot be in the future.</source>
        <translation>走访日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Record when the report was made and to whom.</source>
        <translation>请记录报告的时间和报告对象。</translation>
    </message>
    <message>
        <source>Record why the report could not be made.</source>
        <translation>请记录未能报告的原因。</translation>
    </message>
    <message>
        <source>%1: record the report that was made (when, to whom, reference number) or why it could not be made.</source>
        <translation>%1：请记录已作出的报告（时间、报告对象、编号），或未能报告的原因。</translation>
    </message>
    <message>
        <source>The visit cannot be submitted yet:</source>
        <translation>这次走访暂时不能提交：</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <source>Only a submitted visit is corrected; a draft can simply be edited.</source>
        <translation>只有已提交的走访才需要更正；草稿直接修改即可。</translation>
    </message>
    <message>
        <source>This child has an unfinished visit; submit or finish it before making a correction.</source>
        <translation>这名儿童还有未完成的走访，请先完成并提交，再进行更正。</translation>
    </message>
</context>
<context>
    <name>tonghu::model::Vocabulary</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>This county</source>
        <translation>本县</translation>
    </message>
    <message>
        <source>Another county</source>
        <translation>外县</translation>
    </message>
    <message>
        <source>No household registration</source>
        <translation>无户口</translation>
    </message>
    <message>
        <source>Not yet of school age</source>
        <translation>未到入学年龄</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>职业学校</translation>
    </message>
    <message>
        <source>College or university</source>
        <translation>大专或大学</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>未在校</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <source>Autism</source>
        <translation>孤独症</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>健在</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <source>Declared missing by a court</source>
        <translation>被宣告失踪</translation>
    </message>
    <message>
        <source>Cannot be found</source>
        <translation>下落不明</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Minimum living allowance (dibao)</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme-poverty support (tekun)</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Near the dibao line</source>
        <translation>低保边缘</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>意外事故</translation>
    </message>
    <message>
        <source>Sudden serious illness</source>
        <translation>突发重病</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>灾害</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>家庭暴力</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>（外）祖父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::ExportControl</name>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::Ledger</name>
    <message>
        <source>A place is a county (6 digits), a township (9) or a village (12).</source>
        <translation>地区代码应为县（6 位）、乡镇（9 位）或村（12 位）。</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>困境类别</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Latest visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>下次走访</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未解除风险</translation>
    </message>
    <message>
        <source>Benefits in progress</source>
        <translation>在办政策</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>There is no category %1. The categories are: %2.</source>
        <translation>没有“%1”这一类别。可用的类别有：%2。</translation>
    </message>
    <message>
        <source>Whole ID numbers and notes can be exported only for the children of your own area.</source>
        <translation>只有本辖区的儿童才能导出完整身份证号和备注。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (documents %2/%3)</source>
        <translation>%1（材料 %2/%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::PendingFile</name>
    <message>
        <source>The file could not be written: check that the folder still exists, that you may write there and that the disk has room. No file was left behind.</source>
        <translation>无法写入文件：请检查文件夹是否还在、是否有写入权限、磁盘空间是否足够。没有留下不完整的文件。</translation>
    </message>
    <message>
        <source>That is a folder; choose a file name inside it.</source>
        <translation>这是一个文件夹，请在其中选择一个文件名。</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::Statistics</name>
    <message>
        <source>A place is a county (6 digits), a township (9) or a village (12).</source>
        <translation>地区代码应为县（6 位）、乡镇（9 位）或村（12 位）。</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::Summaries</name>
    <message>
        <source>%1 is not a month: write it as year and month, such as 2026-03.</source>
        <translation>%1 不是月份：请写成年和月，例如 2026-03。</translation>
    </message>
    <message>
        <source>A county summary is for a county: a 6-digit place code.</source>
        <translation>县汇总报表针对县：需要 6 位地区代码。</translation>
    </message>
    <message>
        <source>A township summary is for a township: a 9-digit place code.</source>
        <translation>乡镇月报针对乡镇：需要 9 位地区代码。</translation>
    </message>
    <message>
        <source>The month %1 has not begun yet.</source>
        <translation>%1 月还没有开始。</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::Summary</name>
    <message>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Place code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>统计截至</translation>
    </message>
    <message>
        <source>Children on file</source>
        <translation>在册儿童</translation>
    </message>
    <message>
        <source>Due for a visit</source>
        <translation>应走访</translation>
    </message>
    <message>
        <source>Due and visited</source>
        <translation>应走访且已走访</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>已走访次数</translation>
    </message>
    <message>
        <source>Risks found</source>
        <translation>发现风险</translation>
    </message>
    <message>
        <source>Risks resolved</source>
        <translation>已化解风险</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>新增转介</translation>
    </message>
    <message>
        <source>Benefit applications</source>
        <translation>福利申请</translation>
    </message>
    <message>
        <source>Rulebook</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <source>By township</source>
        <translation>分乡镇</translation>
    </message>
    <message>
        <source>By village</source>
        <translation>分村</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>在册儿童</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应走访</translation>
    </message>
    <message>
        <source>Due, visited</source>
        <translation>应访已访</translation>
    </message>
    <message>
        <source>Due, not visited</source>
        <translation>应访未访</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已化解</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>新增转介</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Children by category</source>
        <translation>分类别儿童</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>不属于以上类别</translation>
    </message>
    <message>
        <source>Risks found and resolved</source>
        <translation>风险发现与化解</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Resolved by a later visit</source>
        <translation>复访已消除</translation>
    </message>
    <message>
        <source>Resolved by referral</source>
        <translation>转介已办结</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未化解</translation>
    </message>
    <message>
        <source>Referrals by agency</source>
        <translation>分机构转介</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Made in the month</source>
        <translation>本月新增</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Benefits applied for</source>
        <translation>福利申请</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>福利项目</translation>
    </message>
    <message>
        <source>Eligible children</source>
        <translation>符合条件儿童</translation>
    </message>
    <message>
        <source>Applied for in the month</source>
        <translation>本月申请</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>县级月度汇总</translation>
    </message>
    <message>
        <source>Township summary</source>
        <translation>乡镇月度汇总</translation>
    </message>
</context>
<context>
    <name>tonghu::reports::XlsxWriter</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::Checklist</name>
    <message>
        <source>Entries must follow a [header].</source>
        <translation>条目前面必须有一个 [节标题]。</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in [checklist].</source>
        <translation>[checklist] 中有未知条目“%1”。</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a section.</source>
        <translation>栏目中有未知条目“%1”。</translation>
    </message>
    <message>
        <source>The section &apos;%1&apos; needs title.zh and title.en.</source>
        <translation>栏目“%1”需要 title.zh 和 title.en。</translation>
    </message>
    <message>
        <source>Unknown block [%1]: use [checklist], [section NAME] or [question FACT].</source>
        <translation>未知的块 [%1]：请使用 [checklist]、[section NAME] 或 [question FACT]。</translation>
    </message>
    <message>
        <source>The question asks for the unknown fact &apos;%1&apos;.</source>
        <translation>问题所问的信息项“%1”不存在。</translation>
    </message>
    <message>
        <source>The fact &apos;%1&apos; is asked twice.</source>
        <translation>信息项“%1”被问了两次。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2; write code: label | code: label.</source>
        <translation>“%1”不是 %2 的取值；请写成 代码: 标签 | 代码: 标签。</translation>
    </message>
    <message>
        <source>&apos;required&apos; is true or false.</source>
        <translation>“required”只能是 true 或 false。</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a question.</source>
        <translation>问题中有未知条目“%1”。</translation>
    </message>
    <message>
        <source>The question &apos;%1&apos; names no known section (section = ...).</source>
        <translation>问题“%1”没有指明已有的栏目（section = ...）。</translation>
    </message>
    <message>
        <source>The question &apos;%1&apos; needs label.zh and label.en.</source>
        <translation>问题“%1”需要 label.zh 和 label.en。</translation>
    </message>
    <message>
        <source>A question with valid_if needs invalid.zh and invalid.en.</source>
        <translation>带 valid_if 的问题需要 invalid.zh 和 invalid.en。</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; of %2 has no %3 label.</source>
        <translation>%2 的取值“%1”缺少 %3 标签。</translation>
    </message>
    <message>
        <source>The checklist needs [checklist] with an id and a version.</source>
        <translation>走访清单需要一个包含 id 和 version 的 [checklist]。</translation>
    </message>
    <message>
        <source>This question must be answered.</source>
        <translation>此问题必须回答。</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::ChildEvaluation</name>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>该儿童档案已不存在。</translation>
    </message>
    <message>
        <source>The visit record no longer exists.</source>
        <translation>该走访记录已不存在。</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::CountyRulebook</name>
    <message>
        <source>This rulebook is &quot;%1&quot;; only the settings of &quot;%2&quot; can be published.</source>
        <translation>此规则为“%1”；只能发布“%2”的设置。</translation>
    </message>
    <message>
        <source>The setting %1 is not one of the rulebook&apos;s.</source>
        <translation>设置项 %1 不属于此规则。</translation>
    </message>
    <message>
        <source>Version %1 has been published already: raise the version in rulebook.conf.</source>
        <translation>版本 %1 已发布过：请在 rulebook.conf 中提高版本号。</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::FactsInput</name>
    <message>
        <source>must be true or false.</source>
        <translation>须为 true 或 false。</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>须为数字。</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>须为整数。</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD.</source>
        <translation>须为有效日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>must be one of: %1.</source>
        <translation>须为以下之一：%1。</translation>
    </message>
    <message>
        <source>must be a list of: %1.</source>
        <translation>须为由以下值组成的列表：%1。</translation>
    </message>
    <message>
        <source>The input is not valid JSON (at character %1: %2).</source>
        <translation>输入不是有效的 JSON（第%1个字符处：%2）。</translation>
    </message>
    <message>
        <source>The input must be a JSON object with &quot;as_of&quot; and &quot;facts&quot;.</source>
        <translation>输入必须是包含 &quot;as_of&quot; 和 &quot;facts&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>as_of: must be a real date written YYYY-MM-DD.</source>
        <translation>as_of：须为有效日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>facts: must be a JSON object of fact names and values.</source>
        <translation>facts：须为由信息项名称和取值组成的 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown fact &apos;%1&apos; was ignored.</source>
        <translation>已忽略未知信息项“%1”。</translation>
    </message>
    <message>
        <source>is after as_of (%1).</source>
        <translation>晚于 as_of（%1）。</translation>
    </message>
    <message>
        <source>Unknown key &apos;%1&apos; was ignored: the input has &quot;as_of&quot; and &quot;facts&quot;.</source>
        <translation>已忽略未知键“%1”：输入只包含 &quot;as_of&quot; 和 &quot;facts&quot;。</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::Parser</name>
    <message>
        <source>The condition is empty.</source>
        <translation>条件为空。</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; after a complete condition.</source>
        <translation>完整的条件后面多出了“%1”。</translation>
    </message>
    <message>
        <source>Expected &apos;%1&apos; here.</source>
        <translation>此处应为“%1”。</translation>
    </message>
    <message>
        <source>&apos;in&apos; must be followed by a list such as [&apos;a&apos;, &apos;b&apos;].</source>
        <translation>“in”后面必须跟一个列表，例如 [&apos;a&apos;, &apos;b&apos;]。</translation>
    </message>
    <message>
        <source>The condition ends too early.</source>
        <translation>条件不完整，提前结束了。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot stand here.</source>
        <translation>“%1”不能出现在此处。</translation>
    </message>
    <message>
        <source>A list may hold only numbers and quoted text.</source>
        <translation>列表中只能包含数字和带引号的文本。</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation>此处不应出现“%1”。</translation>
    </message>
    <message>
        <source>Unexpected input.</source>
        <translation>无法识别的输入。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>The text starting here has no closing quote.</source>
        <translation>从此处开始的文本缺少结束引号。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name.</source>
        <translation>“%1”不是有效的名称。</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos;.</source>
        <translation>无法识别的字符“%1”。</translation>
    </message>
    <message>
        <source>The condition is nested too deeply.</source>
        <translation>条件嵌套层数过多。</translation>
    </message>
    <message>
        <source>Write a single &apos;=&apos; to compare: there is no &apos;==&apos;.</source>
        <translation>条件为空。</translation>
    </message>
</context>
<context>
    <name>tonghu::rules::Rulebook</name>
    <message>
        <source>A fact needs a name and a type.</source>
        <translation>信息项需要名称和类型。</translation>
    </message>
    <message>
        <source>A number range is written min..max, e.g. 0..4.</source>
        <translation>数值范围的写法是 min..max，例如 0..4。</translation>
    </message>
    <message>
        <source>An enum or list fact needs its allowed values.</source>
        <translation>枚举或列表类信息项需要列出允许的取值。</translation>
    </message>
    <message>
        <source>Unknown type &apos;%1&apos;: use bool, number, date, enum or list.</source>
        <translation>未知类型“%1”：请使用 bool、number、date、enum 或 list。</translation>
    </message>
    <message>
        <source>The fact &apos;%1&apos; is defined twice.</source>
        <translation>信息项“%1”重复定义。</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>真假值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a list of values</source>
        <translation>取值列表</translation>
    </message>
    <message>
        <source>A condition must be true or false.</source>
        <translation>条件的结果必须是真或假。</translation>
    </message>
    <message>
        <source>A severity must be low, medium, high or critical.</source>
        <translation>严重程度必须是 low、medium、high 或 critical。</translation>
    </message>
    <message>
        <source>&apos;days&apos; must be a number.</source>
        <translation>“days”必须是数字。</translation>
    </message>
    <message>
        <source>The definition &apos;%1&apos; uses itself.</source>
        <translation>定义“%1”引用了自身。</translation>
    </message>
    <message>
        <source>Here it is %1.</source>
        <translation>此处是%1。</translation>
    </message>
    <message>
        <source>Unknown severity &apos;%1&apos;: use low, medium, high or critical.</source>
        <translation>未知的严重程度“%1”：请使用 low、medium、high 或 critical。</translation>
    </message>
    <message>
        <source>A severity is a word such as &apos;high&apos; or if(condition, &apos;high&apos;, &apos;medium&apos;).</source>
        <translation>严重程度应写成 &apos;high&apos; 这样的词，或 if(条件, &apos;high&apos;, &apos;medium&apos;)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2; allowed: %3.</source>
        <translation>“%1”不是 %2 的取值；可用的取值：%3。</translation>
    </message>
    <message>
        <source>&apos;not&apos; needs true or false.</source>
        <translation>“not”后面需要真假值。</translation>
    </message>
    <message>
        <source>&apos;and&apos; and &apos;or&apos; join conditions that are true or false.</source>
        <translation>“and”和“or”只能连接结果为真或假的条件。</translation>
    </message>
    <message>
        <source>&apos;+&apos; and &apos;-&apos; work on numbers.</source>
        <translation>“+”和“-”只能用于数字。</translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2.</source>
        <translation>无法将%1与%2比较。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers or dates only.</source>
        <translation>“%1”只能比较数字或日期。</translation>
    </message>
    <message>
        <source>&apos;in&apos; tests a number or a text value.</source>
        <translation>“in”只能检验数字或文本值。</translation>
    </message>
    <message>
        <source>The list mixes numbers and text with %1.</source>
        <translation>列表中的值须与左边的%1类型一致，数字和文本不能混用。</translation>
    </message>
    <message>
        <source>&apos;contains&apos; needs a list fact on its left.</source>
        <translation>“contains”左边需要一个列表类信息项。</translation>
    </message>
    <message>
        <source>&apos;contains&apos; needs a quoted value on its right.</source>
        <translation>“contains”右边需要一个带引号的值。</translation>
    </message>
    <message>
        <source>&apos;age&apos; needs the fact child.birth_date.</source>
        <translation>“age”需要信息项 child.birth_date。</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>未知设置“%1”。</translation>
    </message>
    <message>
        <source>A schedule entry cannot be used in a condition.</source>
        <translation>schedule 类规则不能用在条件中。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a person, e.g. %1(father).</source>
        <translation>“%1”需要指明人员，例如 %1(father)。</translation>
    </message>
    <message>
        <source>Unknown rule &apos;%1&apos;.</source>
        <translation>未知规则“%1”。</translation>
    </message>
    <message>
        <source>Unknown fact &apos;%1&apos;.</source>
        <translation>未知信息项“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>“%1”需要%n个参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>count() counts a list fact.</source>
        <translation>count() 只能统计列表类信息项。</translation>
    </message>
    <message>
        <source>The first argument of if() is a condition.</source>
        <translation>if() 的第一个参数必须是条件。</translation>
    </message>
    <message>
        <source>Both results of if() must be of the same kind.</source>
        <translation>if() 的两个结果必须是同一类型。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can be used only in schedule entries.</source>
        <translation>“%1”只能用在 schedule 类规则中。</translation>
    </message>
    <message>
        <source>has_risk() takes a severity: &apos;low&apos;, &apos;medium&apos;, &apos;high&apos; or &apos;critical&apos;.</source>
        <translation>has_risk() 的参数是严重程度：&apos;low&apos;、&apos;medium&apos;、&apos;high&apos; 或 &apos;critical&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no person; write it without parentheses.</source>
        <translation>“%1”不带人员参数，请去掉括号。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to father, mother or child.</source>
        <translation>“%1”只适用于 father、mother 或 child。</translation>
    </message>
    <message>
        <source>Unknown function &apos;%1&apos;.</source>
        <translation>未知函数“%1”。</translation>
    </message>
    <message>
        <source>The rules depend on each other in a circle: %1.</source>
        <translation>规则之间存在循环依赖：%1。</translation>
    </message>
    <message>
        <source>The file is missing.</source>
        <translation>找不到文件。</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos;: rulebook.conf holds id and version.</source>
        <translation>未知条目“%1”：rulebook.conf 只包含 id 和 version。</translation>
    </message>
    <message>
        <source>The rulebook needs an id and a version.</source>
        <translation>规则需要设置 id 和 version。</translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; must be a number.</source>
        <translation>设置“%1”必须是数字。</translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; is set twice.</source>
        <translation>设置“%1”出现了两次。</translation>
    </message>
    <message>
        <source>Entries must follow a [rule.id] header.</source>
        <translation>条目前面必须有 [rule.id] 标题。</translation>
    </message>
    <message>
        <source>Write a definition header as [define name] or [define name(P)].</source>
        <translation>定义标题应写成 [define name] 或 [define name(P)]。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice.</source>
        <translation>“%1”重复定义。</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a definition.</source>
        <translation>定义中有未知条目“%1”。</translation>
    </message>
    <message>
        <source>The definition has no &apos;when&apos;.</source>
        <translation>定义缺少“when”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rule id such as cat.orphan.</source>
        <translation>“%1”不是有效的规则 id（应类似 cat.orphan）。</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; is defined twice.</source>
        <translation>规则“%1”重复定义。</translation>
    </message>
    <message>
        <source>Unknown entry &apos;%1&apos; in a rule.</source>
        <translation>规则中有未知条目“%1”。</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; needs kind = category, eligibility, risk or schedule.</source>
        <translation>规则“%1”需要写明 kind = category、eligibility、risk 或 schedule。</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; has no &apos;when&apos;.</source>
        <translation>规则“%1”缺少“when”。</translation>
    </message>
    <message>
        <source>A risk needs a severity.</source>
        <translation>risk 类规则需要设定严重程度。</translation>
    </message>
    <message>
        <source>Only a risk has a severity.</source>
        <translation>只有 risk 类规则才有严重程度。</translation>
    </message>
    <message>
        <source>A schedule entry needs &apos;days&apos;.</source>
        <translation>schedule 类规则需要“days”。</translation>
    </message>
    <message>
        <source>Only a schedule entry has &apos;days&apos;.</source>
        <translation>只有 schedule 类规则才有“days”。</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; must cite its policy source (cite = ...).</source>
        <translation>规则“%1”必须注明政策依据（cite = ...）。</translation>
    </message>
    <message>
        <source>The rule &apos;%1&apos; needs a Chinese title (title.zh).</source>
        <translation>规则“%1”需要中文标题（title.zh）。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>The file is too large for a rulebook.</source>
        <translation>文件过大，不能作为规则文件。</translation>
    </message>
    <message>
        <source>An indented line must continue a value.</source>
        <translation>缩进的行只能用来续写上一行的值。</translation>
    </message>
    <message>
        <source>A section header must end with &apos;]&apos;.</source>
        <translation>节标题必须以“]”结尾。</translation>
    </message>
    <message>
        <source>Expected &apos;name = value&apos;.</source>
        <translation>此处应为“name = value”。</translation>
    </message>
    <message>
        <source>The name before &apos;=&apos; is missing.</source>
        <translation>“=”前面缺少名称。</translation>
    </message>
    <message>
        <source>Definitions use one another more than %1 deep here.</source>
        <translation>此处定义之间相互引用超过 %1 层。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Bundle</name>
    <message>
        <source>The bundle&apos;s contents could not be compressed.</source>
        <translation>数据包内容无法压缩。</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents are damaged: they are not one compressed frame of declared size.</source>
        <translation>数据包内容已损坏：不是一个声明了大小的压缩帧。</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents would take more than %1 MiB once unpacked, more than Tonghu accepts.</source>
        <translation>数据包内容解压后将超过 %1 MiB，超出童护可接受的范围。</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents are damaged: they do not unpack to the size they declare.</source>
        <translation>数据包内容已损坏：解压后的大小与声明不符。</translation>
    </message>
    <message>
        <source>This bundle comes from a device that is not enrolled here.</source>
        <translation>该数据包来自未在本机登记的设备。</translation>
    </message>
    <message>
        <source>The signing key on file for the sending device is not valid.</source>
        <translation>本机保存的发送设备签名公钥无效。</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match: it was changed after it was signed, or it was not signed by the device it names.</source>
        <translation>数据包签名不符：签名后被改动过，或并非由其声称的设备签名。</translation>
    </message>
    <message>
        <source>A bundle cannot be written with this header: a field is empty, too long or out of range.</source>
        <translation>无法用此包头写出数据包：某个字段为空、过长或超出范围。</translation>
    </message>
    <message>
        <source>A bundle cannot be written: the signing key is not an Ed25519 secret key.</source>
        <translation>无法写出数据包：签名密钥不是 Ed25519 私钥。</translation>
    </message>
    <message>
        <source>A bundle cannot be written: it needs between 1 and %1 recipients.</source>
        <translation>无法写出数据包：接收方须为 1 到 %1 个。</translation>
    </message>
    <message>
        <source>A bundle cannot be written: a recipient&apos;s id or key is not valid, or appears twice.</source>
        <translation>无法写出数据包：某个接收方的编号或公钥无效，或重复出现。</translation>
    </message>
    <message>
        <source>These changes are too many for one bundle; send them in smaller bundles.</source>
        <translation>这些变更太多，一个数据包放不下；请分成较小的数据包发送。</translation>
    </message>
    <message>
        <source>A bundle cannot be written: a recipient&apos;s key is not valid.</source>
        <translation>无法写出数据包：某个接收方的公钥无效。</translation>
    </message>
    <message>
        <source>This device&apos;s encryption key is not valid.</source>
        <translation>本设备的加密密钥无效。</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device.</source>
        <translation>该数据包不是发给本设备的。</translation>
    </message>
    <message>
        <source>This bundle&apos;s key for this device does not open with this device&apos;s key.</source>
        <translation>数据包中给本设备的密钥无法用本设备的密钥打开。</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents do not decrypt: they were not encrypted for this header and these recipients.</source>
        <translation>数据包内容无法解密：它不是为此包头和这些接收方加密的。</translation>
    </message>
    <message>
        <source>The bundle file cannot be opened.</source>
        <translation>无法打开数据包文件。</translation>
    </message>
    <message>
        <source>The bundle file cannot be read.</source>
        <translation>无法读取数据包文件。</translation>
    </message>
    <message>
        <source>This bundle is incomplete: the file ends too early, perhaps because a copy was interrupted.</source>
        <translation>数据包不完整：文件提前结束，可能复制时被中断。</translation>
    </message>
    <message>
        <source>This bundle is damaged: its header is not valid.</source>
        <translation>数据包已损坏：包头无效。</translation>
    </message>
    <message>
        <source>This bundle is damaged: its list of recipients is not valid.</source>
        <translation>数据包已损坏：接收方列表无效。</translation>
    </message>
    <message>
        <source>This bundle is larger than %1 MiB, more than Tonghu accepts.</source>
        <translation>数据包大于 %1 MiB，超出童护可接受的范围。</translation>
    </message>
    <message>
        <source>This file is not a Tonghu sync bundle.</source>
        <translation>该文件不是童护同步数据包。</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Tonghu; update Tonghu to open it.</source>
        <translation>该数据包由更新版本的童护生成；请升级童护后再打开。</translation>
    </message>
    <message>
        <source>This bundle is damaged: its encrypted part is not valid.</source>
        <translation>数据包已损坏：加密部分无效。</translation>
    </message>
    <message>
        <source>This bundle is damaged: there are extra bytes after its end.</source>
        <translation>数据包已损坏：结尾之后还有多余的字节。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Conflicts</name>
    <message>
        <source>This conflict has been settled already.</source>
        <translation>此冲突已处理过。</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer here.</source>
        <translation>此冲突涉及的记录已不在本机。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::DeviceIdentity</name>
    <message>
        <source>This installation has no device keys.</source>
        <translation>本机没有设备密钥。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Enrollment</name>
    <message>
        <source>The enrollment file is damaged: a key has the wrong length.</source>
        <translation>登记文件已损坏：某个密钥长度不对。</translation>
    </message>
    <message>
        <source>This is not an enrollment file: it is far too large.</source>
        <translation>这不是登记文件：文件太大。</translation>
    </message>
    <message>
        <source>This is not a Tonghu enrollment file.</source>
        <translation>这不是童护登记文件。</translation>
    </message>
    <message>
        <source>This enrollment file was made by a newer version of Tonghu; update Tonghu to read it.</source>
        <translation>该登记文件由更新版本的童护生成；请升级童护后再读取。</translation>
    </message>
    <message>
        <source>The enrollment file is damaged: its version is not valid.</source>
        <translation>登记文件已损坏：版本号无效。</translation>
    </message>
    <message>
        <source>The enrollment file is damaged: the device id is not valid.</source>
        <translation>登记文件已损坏：设备编号无效。</translation>
    </message>
    <message>
        <source>The enrollment file is damaged: the role is not valid.</source>
        <translation>登记文件已损坏：角色无效。</translation>
    </message>
    <message>
        <source>The enrollment file is damaged: the place code does not fit the role.</source>
        <translation>登记文件已损坏：地区代码与角色不符。</translation>
    </message>
    <message>
        <source>The enrollment file was changed after it was made (its signature does not match).</source>
        <translation>登记文件生成后被改动过（签名不符）。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Exchange</name>
    <message>
        <source>The sync was stopped. What had arrived is kept; the rest goes at the next sync.</source>
        <translation>同步已停止。已收到的内容会保留，其余的在下次同步时继续。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::FolderRemote</name>
    <message>
        <source>The sync folder %1 is not there: is the USB stick plugged in?</source>
        <translation>找不到同步文件夹 %1：U 盘插好了吗？</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2</source>
        <translation>无法将数据包写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Inbox</name>
    <message>
        <source>This bundle&apos;s contents are damaged: an event is not valid.</source>
        <translation>数据包内容已损坏：某项事件无效。</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents were written by a newer version of Tonghu; update Tonghu to import it.</source>
        <translation>数据包内容由更新版本的童护写成；请升级童护后再导入。</translation>
    </message>
    <message>
        <source>This bundle carries changes its sender may not send to this device (settings are published by the county only). Nothing was changed.</source>
        <translation>该数据包含有发送方无权发给本设备的变更（规则设置只能由县级发布）。未作任何改动。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::Outbox</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2</source>
        <translation>无法将数据包写入 %1：%2</translation>
    </message>
    <message>
        <source>No other device is enrolled yet: import the enrollment files of the township and county (or of the villages) first, so there is someone to send to.</source>
        <translation>尚未登记其他设备：请先导入乡镇和县（或各村）的登记文件，才有发送对象。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::StoredChanges</name>
    <message>
        <source>A change in this vault&apos;s event log is damaged.</source>
        <translation>本机数据的同步记录中有一条更改已损坏。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::SyncTarget</name>
    <message>
        <source>Choose the sync folder with its full path.</source>
        <translation>请选择同步文件夹的完整路径。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://) and name a server.</source>
        <translation>服务器地址须以 https://（或 http://）开头，并写明服务器。</translation>
    </message>
    <message>
        <source>Look for the sync target every 1 to 1440 minutes.</source>
        <translation>检查同步位置的间隔须为 1 到 1440 分钟。</translation>
    </message>
    <message>
        <source>No sync target is set yet: choose a folder (USB stick) or a server first.</source>
        <translation>尚未设置同步位置：请先选择文件夹（U 盘）或服务器。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::TrustStore</name>
    <message>
        <source>This is this installation&apos;s own enrollment file; import it on the other device.</source>
        <translation>这是本机自己的登记文件；请在另一台设备上导入。</translation>
    </message>
    <message>
        <source>This device (%1, %2) is not one this installation exchanges records with: a village enrolls its township and county, a township its villages and its county, a county its townships.</source>
        <translation>该设备（%1，%2）不与本机交换记录：村登记其所属乡镇和县，乡镇登记其下各村和所属县，县登记其下各乡镇。</translation>
    </message>
    <message>
        <source>This device was revoked; it cannot be enrolled again.</source>
        <translation>该设备已被吊销，不能再次登记。</translation>
    </message>
    <message>
        <source>A device with this id is enrolled with other keys. Revoke it first if it was reinstalled.</source>
        <translation>已有同一编号的设备以其他密钥登记。如该设备重装过，请先吊销。</translation>
    </message>
    <message>
        <source>These keys are already enrolled under another device id.</source>
        <translation>这些密钥已以另一个设备编号登记。</translation>
    </message>
</context>
<context>
    <name>tonghu::sync::WebDavRemote</name>
    <message>
        <source>The sync server %1 cannot be reached: check the network connection and the address.</source>
        <translation>无法连接同步服务器 %1：请检查网络连接和地址。</translation>
    </message>
    <message>
        <source>The transfer to or from the sync server was cancelled: sync again when you are ready.</source>
        <translation>与同步服务器之间的传输已取消：准备好后请重新同步。</translation>
    </message>
    <message>
        <source>The sync server %1 could not prove who it is (%2): check the address, and the date and time of this computer.</source>
        <translation>同步服务器 %1 无法证明自己的身份（%2）：请检查地址，以及本机的日期和时间。</translation>
    </message>
    <message>
        <source>The sync server %1 asks for a user name and password: enter them in the sync settings.</source>
        <translation>同步服务器 %1 要求用户名和密码：请在同步设置中填写。</translation>
    </message>
    <message>
        <source>The sync server %1 did not accept the user name or password: check both in the sync settings.</source>
        <translation>同步服务器 %1 不接受该用户名或密码：请在同步设置中检查这两项。</translation>
    </message>
    <message>
        <source>The sync server %1 sends Tonghu elsewhere (HTTP %2): enter the address it points to in the sync settings.</source>
        <translation>同步服务器 %1 把童护转到了别处（HTTP %2）：请在同步设置中填写它指向的地址。</translation>
    </message>
    <message>
        <source>The sync server %1 is full: ask whoever runs it to make room.</source>
        <translation>同步服务器 %1 已满：请联系服务器管理员腾出空间。</translation>
    </message>
    <message>
        <source>The sync server %1 refused the request (HTTP %2): try again later, or ask whoever runs the server.</source>
        <translation>同步服务器 %1 拒绝了请求（HTTP %2）：请稍后重试，或联系服务器管理员。</translation>
    </message>
    <message>
        <source>The sync server address %1 is not valid: enter one that starts with http:// or https://.</source>
        <translation>同步服务器地址 %1 无效：请输入以 http:// 或 https:// 开头的地址。</translation>
    </message>
    <message>
        <source>A device id may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;: enroll the device again.</source>
        <translation>设备标识只能包含字母、数字、“.”、“_”和“-”：请重新登记该设备。</translation>
    </message>
    <message>
        <source>The sync server %1 sent a list of bundles too long to read: ask whoever runs the server to clear the folder.</source>
        <translation>同步服务器 %1 发来的数据包列表太长，无法读取：请联系服务器管理员清理该文件夹。</translation>
    </message>
    <message>
        <source>The sync server %1 sent a list of bundles Tonghu cannot read: ask whoever runs the server to check its WebDAV setup.</source>
        <translation>同步服务器 %1 发来的数据包列表童护无法读取：请联系服务器管理员检查 WebDAV 设置。</translation>
    </message>
    <message>
        <source>The bundle %1 on the sync server is larger than 64 MiB, so it was not downloaded: ask whoever runs the server to remove it.</source>
        <translation>同步服务器上的数据包 %1 超过 64 MiB，未下载：请联系服务器管理员将其删除。</translation>
    </message>
    <message>
        <source>The bundle %1 is no longer on the sync server: sync again.</source>
        <translation>数据包 %1 已不在同步服务器上：请重新同步。</translation>
    </message>
    <message>
        <source>The bundle %1 is larger than 64 MiB, more than a sync server takes: carry it on a USB stick instead.</source>
        <translation>数据包 %1 超过 64 MiB，超出同步服务器的上限：请改用 U 盘传递。</translation>
    </message>
    <message>
        <source>A bundle name may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; and must end in .tonghub: this file is not a Tonghu bundle and was left alone.</source>
        <translation>数据包文件名只能包含字母、数字、“.”、“_”和“-”，并以 .tonghub 结尾：该文件不是童护数据包，未作处理。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::AttachmentViewer</name>
    <message>
        <source>%1 (%2). A PDF scan is not shown here: save a copy to open it in a PDF viewer.</source>
        <translation>%1（%2）。PDF 扫描件无法在此显示：请另存一份，用 PDF 阅读器打开。</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存一份(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存一份</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::AttachmentsBox</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The photo or scan no longer exists.</source>
        <translation>该照片或扫描件已不存在。</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>A photo (JPEG, PNG) or a PDF scan of at most %1, kept encrypted with the visit.</source>
        <translation>照片（JPEG、PNG）或 PDF 扫描件，不超过 %1，随走访记录加密保存。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Add photos or scans</source>
        <translation>添加照片或扫描件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Remove this photo or scan from the visit?</source>
        <translation>从本次走访中删除这张照片或扫描件？</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>审计日志完整：共 %n 条，无修改或删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at entry %1: it was changed, removed or added outside Tonghu. Tell the county office.</source>
        <translation>审计日志在第 %1 条处被篡改：有记录在童护之外被修改、删除或添加。请报告县民政部门。</translation>
    </message>
    <message>
        <source>The newest %1 entries that match; `tonghu-cli audit list` shows all.</source>
        <translation>显示符合条件的最新 %1 条；全部记录请用 `tonghu-cli audit list` 查看。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match.</source>
        <translation>
            <numerusform>共 %n 条符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>No entry matches these filters. Choose “Any day”, “All actions” and “All users” to see every entry.</source>
        <translation>没有符合这些筛选条件的记录。选择“不限日期”“全部操作”和“全部用户”可查看所有记录。</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. Every look at a child&apos;s file, every printout, export and import is written here.</source>
        <translation>还没有任何记录。每次查看儿童档案、每次打印、导出和导入都会记在这里。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::BackgroundTask</name>
    <message>
        <source>Something went wrong inside Tonghu. Nothing was changed.</source>
        <translation>童护内部出错，未作任何改动。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::BackupActions</name>
    <message>
        <source>Tonghu backups (*.%1)</source>
        <translation>童护备份 (*.%1)</translation>
    </message>
    <message>
        <source>Children: %1
Households: %2
Visits: %3
Changes recorded for sync: %4
Schema version: %5</source>
        <translation>儿童：%1
家庭：%2
走访：%3
待同步的变更记录：%4
数据结构版本：%5</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write one encrypted file with all the records, to keep on a USB stick</source>
        <translation>把全部记录写成一个加密文件，保存在 U 盘上</translation>
    </message>
    <message>
        <source>See whether a backup file is whole and opens with its passphrase</source>
        <translation>检查备份文件是否完整、能否用密码打开</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Put the records of a backup file into a new folder</source>
        <translation>把备份文件中的记录恢复到新的文件夹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up the records</source>
        <translation>备份记录</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backing up the records…</source>
        <translation>正在备份记录…</translation>
    </message>
    <message>
        <source>The backup was written: %1 children, %2 visits.</source>
        <translation>备份已写入：儿童 %1 名，走访 %2 次。</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>Checking opens the backup in a private temporary folder, reads every page and removes the copy again. Nothing is changed.</source>
        <translation>检查时会在私有的临时文件夹中打开备份，读取每一页，然后删除副本。不会改动任何内容。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>The backup is whole and opens. It was made on %1 for place %2.</source>
        <translation>备份完整，可以打开。它于 %1 为地区 %2 生成。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the restored vault</source>
        <translation>为恢复的数据选择一个新的空文件夹</translation>
    </message>
    <message>
        <source>This is the folder of the vault that is open now, and it cannot be replaced while it is open. Choose another folder.</source>
        <translation>这是当前正在使用的数据所在的文件夹，打开时不能替换。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 already holds a vault. Restoring replaces that vault and every record in it with the records of the backup. The vault now there is kept until the backup has been restored and checked, and deleted then.</source>
        <translation>文件夹 %1 中已有数据。恢复会用备份中的记录替换那里的数据及其全部记录。原有数据会保留到备份恢复并检查完毕，然后删除。</translation>
    </message>
    <message>
        <source>&amp;Replace that vault</source>
        <translation>替换那里的数据(&amp;R)</translation>
    </message>
    <message>
        <source>The restored vault opens with the same passphrases and recovery code as the vault that was backed up.</source>
        <translation>恢复后的数据使用与备份时相同的密码和恢复码打开。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup made on %1 was restored into %2. To work with it, start Tonghu with that folder: tonghu --vault &quot;%2&quot;</source>
        <translation>%1 生成的备份已恢复到 %2。要使用它，请用该文件夹启动童护：tonghu --vault &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Chec&amp;k a backup…</source>
        <translation>检查备份(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::BackupSecretDialog</name>
    <message>
        <source>&amp;Passphrase of a user of the backed-up vault</source>
        <translation>备份数据中某位用户的密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Recovery code written down when the vault was set up</source>
        <translation>建立数据时抄下的恢复码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ChildDialog</name>
    <message>
        <source>New child</source>
        <translation>新增儿童</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>编辑儿童档案</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <source>None or unknown</source>
        <translation>无或不详</translation>
    </message>
    <message>
        <source>Only what matters for the child&apos;s care and safety.</source>
        <translation>只记录与儿童照料和安全有关的情况。</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Household &amp;registration:</source>
        <translation>户籍(&amp;R)：</translation>
    </message>
    <message>
        <source>Months at this address:</source>
        <translation>在此居住月数：</translation>
    </message>
    <message>
        <source>S&amp;chooling:</source>
        <translation>就学情况(&amp;C)：</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>&amp;Father:</source>
        <translation>父亲(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Mother:</source>
        <translation>母亲(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>监护人(&amp;G)：</translation>
    </message>
    <message>
        <source>Lives alone:</source>
        <translation>独自居住：</translation>
    </message>
    <message>
        <source>Lives in an institution:</source>
        <translation>在机构生活：</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Disability &amp;level:</source>
        <translation>残疾等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Disability &amp;type:</source>
        <translation>残疾类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Serious illness:</source>
        <translation>患重病：</translation>
    </message>
    <message>
        <source>Medical insurance:</source>
        <translation>参加医保：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ChildFileDialog</name>
    <message>
        <source>Child&apos;s file</source>
        <translation>儿童档案</translation>
    </message>
    <message>
        <source>What the rules find today</source>
        <translation>当前研判结果</translation>
    </message>
    <message>
        <source>Visits (newest first; double-click to open)</source>
        <translation>走访记录（最新的在前，双击打开）</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>开始走访(&amp;S)</translation>
    </message>
    <message>
        <source>The child&apos;s record no longer exists.</source>
        <translation>该儿童档案已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n year(s)</source>
        <translation>
            <numerusform>%1，%2，%n岁</numerusform>
        </translation>
    </message>
    <message>
        <source>girl</source>
        <translation>女</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>男</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>处置建议：%1</translation>
    </message>
    <message>
        <source>Refer to: %1</source>
        <translation>转介至：%1</translation>
    </message>
    <message>
        <source>No benefit or risk found yet; a visit may find more.</source>
        <translation>暂未发现适用的保障政策或风险，走访后可能发现更多。</translation>
    </message>
    <message>
        <source>Categories: none found yet</source>
        <translation>困境类别：暂未发现</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>困境类别：%1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source> — version %1: %2</source>
        <translation>——第%1版：%2</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1——%2，截止日期 %3</translation>
    </message>
    <message>
        <source>New &amp;referral from the selected finding</source>
        <translation>根据所选研判结果发起转介(&amp;R)</translation>
    </message>
    <message>
        <source>Referrals (double-click to update)</source>
        <translation>转介（双击更新）</translation>
    </message>
    <message>
        <source>Select the finding the referral is for.</source>
        <translation>请选择此次转介所针对的研判结果。</translation>
    </message>
    <message>
        <source>&amp;Attach a scan to the selected document…</source>
        <translation>为所选材料添加扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>A photo or PDF scan of the document, kept encrypted in the child&apos;s file</source>
        <translation>材料的照片或 PDF 扫描件，加密保存在儿童档案中</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Attach scans of the document</source>
        <translation>添加材料扫描件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Scan: %1 (double-click to view)</source>
        <translation>扫描件：%1（双击查看）</translation>
    </message>
    <message>
        <source>Household: %1</source>
        <translation>家庭住址：%1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <translation>%1：未登记</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Guardian: %1 (%2)</source>
        <translation>监护人：%1（%2）</translation>
    </message>
    <message>
        <source>Guardian: not recorded</source>
        <translation>监护人：未登记</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Household notes:</source>
        <translation>家庭备注：</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>登记同意(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>撤回同意(&amp;W)…</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>监护人同意：</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not recorded: ask the guardian at the next visit</source>
        <translation>未登记：下次走访时请征求监护人同意</translation>
    </message>
    <message>
        <source>given by %1 on %2 (%3)</source>
        <translation>%1 于 %2 同意（%3）</translation>
    </message>
    <message>
        <source>, witnessed by %1</source>
        <translation>，见证人：%1</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Record that the guardian withdrew consent today? The consent stays in the file as withdrawn, and the child is listed again as having no consent.</source>
        <translation>登记监护人今天撤回同意？该同意记录会以“已撤回”保留在档案中，这名儿童将重新列为未取得同意。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ChildListModel</name>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1（%n岁）</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation>出生日期（年龄）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Household address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ConflictsDialog</name>
    <message>
        <source>Child %1</source>
        <translation>儿童 %1</translation>
    </message>
    <message>
        <source>Household member %1</source>
        <translation>家庭成员 %1</translation>
    </message>
    <message>
        <source>Household at %1</source>
        <translation>住址为 %1 的家庭</translation>
    </message>
    <message>
        <source>Referral of %1 to %2</source>
        <translation>%1 转介至 %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&amp;Keep the value shown</source>
        <translation>保留当前显示的值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>改用另一台设备的值(&amp;U)</translation>
    </message>
    <message>
        <source>Changes made on two devices</source>
        <translation>两台设备上的不同修改</translation>
    </message>
    <message>
        <source>These fields were changed here and on another device before either knew of the other&apos;s change. The later change is shown; choose which value is right. Your choice is sent on at the next sync.</source>
        <translation>以下字段在本机和另一台设备上都被修改过，且双方修改时都不知道对方的修改。目前显示的是较晚的修改；请选择哪个值是正确的。您的选择会在下次同步时发出。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <source>Other device&apos;s value</source>
        <translation>另一台设备的值</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>No conflicts are waiting. When a record is changed on two devices at once, it is listed here after a sync.</source>
        <translation>没有待处理的冲突。同一条记录在两台设备上同时被修改时，同步后会列在这里。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>登记监护人同意</translation>
    </message>
    <message>
        <source>The guardian agrees that Tonghu keeps the child&apos;s information and that it goes to the township and county for their care. Record who agreed, when and how.</source>
        <translation>监护人同意童护保存儿童信息，并报送乡镇和县用于关爱保护。请登记由谁同意、何时同意以及同意方式。</translation>
    </message>
    <message>
        <source>Name of the person who heard the consent</source>
        <translation>听到口头同意的人的姓名</translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation>同意人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Relation to the child:</source>
        <translation>与儿童关系(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>见证人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::DashboardPage</name>
    <message>
        <source>Save this chart as a picture for a report</source>
        <translation>将此图表保存为图片，用于报告</translation>
    </message>
    <message>
        <source>Home visits per month, by township</source>
        <translation>各乡镇每月入户走访次数</translation>
    </message>
    <message>
        <source>Home visits per month, by village</source>
        <translation>各村每月入户走访次数</translation>
    </message>
    <message>
        <source>Other townships</source>
        <translation>其他乡镇</translation>
    </message>
    <message>
        <source>Other villages</source>
        <translation>其他村</translation>
    </message>
    <message>
        <source>Month, %1 to %2</source>
        <translation>月份（%1 至 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Children by category (%n on file)</source>
        <translation>
            <numerusform>按类别统计儿童（在册 %n 名）</numerusform>
        </translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未归类</translation>
    </message>
    <message>
        <source>Open risks by severity</source>
        <translation>未解除风险（按严重程度）</translation>
    </message>
    <message numerus="yes">
        <source>Referrals by status (%n in all)</source>
        <translation>
            <numerusform>转介状态（共 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>the picture could not be made</source>
        <translation>无法生成图片</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>另存为 PNG</translation>
    </message>
    <message>
        <source>Could not save the chart as %1: %2</source>
        <translation>无法将图表保存为 %1：%2</translation>
    </message>
    <message>
        <source>Save the chart of home visits as PNG</source>
        <translation>将入户走访图另存为 PNG</translation>
    </message>
    <message>
        <source>Save the chart of categories as PNG</source>
        <translation>将儿童类别图另存为 PNG</translation>
    </message>
    <message>
        <source>Save the chart of open risks as PNG</source>
        <translation>将未处理风险图另存为 PNG</translation>
    </message>
    <message>
        <source>Save the chart of referrals as PNG</source>
        <translation>将转介图另存为 PNG</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::DevicesDialog</name>
    <message>
        <source>This file is too large to be an enrollment file. Choose the .json file the other device saved.</source>
        <translation>这个文件太大，不可能是登记文件。请选择对方设备保存的 .json 文件。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>本设备的指纹</translation>
    </message>
    <message>
        <source>Save the enrollment file and give it to the township or county (a USB stick will do). Then phone them and read out this fingerprint, so they can check the file is yours.</source>
        <translation>请保存登记文件并交给乡镇或县（用 U 盘即可），再打电话把这个指纹念给对方，以便对方确认文件确实来自您。</translation>
    </message>
    <message>
        <source>&amp;Save enrollment file…</source>
        <translation>保存登记文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>已信任的设备</translation>
    </message>
    <message>
        <source>Bundles are accepted only from these devices. Enroll a device from the file it saved, after its user has read you its fingerprint.</source>
        <translation>只接收这些设备的数据包。请先让对方念出设备指纹，再用对方保存的文件登记该设备。</translation>
    </message>
    <message>
        <source>&amp;Enroll a device…</source>
        <translation>登记设备(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
    <message>
        <source>Refuse the selected device&apos;s bundles from now on</source>
        <translation>从现在起拒收所选设备的数据包</translation>
    </message>
    <message>
        <source>Save enrollment file</source>
        <translation>保存登记文件</translation>
    </message>
    <message>
        <source>Enrollment files (*.json)</source>
        <translation>登记文件 (*.json)</translation>
    </message>
    <message>
        <source>The enrollment file could not be written: %1</source>
        <translation>无法写入登记文件：%1</translation>
    </message>
    <message>
        <source>Saved %1. Give it to the other device&apos;s user, then read them the fingerprint by phone.</source>
        <translation>已保存 %1。请交给对方设备的使用者，再打电话把指纹念给对方。</translation>
    </message>
    <message>
        <source>Enroll a device</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <source>Ask the other device&apos;s user to read out its fingerprint by phone (Sync → Devices). Enroll it only if every digit matches.</source>
        <translation>请对方设备的使用者打电话念出其指纹（同步 → 设备）。只有每一位数字都一致时才登记。</translation>
    </message>
    <message>
        <source>Role: %1
Place: %2
Fingerprint: %3</source>
        <translation>角色：%1
地区：%2
指纹：%3</translation>
    </message>
    <message>
        <source>The digits match: &amp;enroll</source>
        <translation>数字一致，登记(&amp;E)</translation>
    </message>
    <message>
        <source>Enrollment files (*.json);;All files (*)</source>
        <translation>登记文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This device is enrolled already.</source>
        <translation>该设备已登记过。</translation>
    </message>
    <message>
        <source>Enrolled. Bundles from this device are accepted from now on.</source>
        <translation>已登记。从现在起接收该设备的数据包。</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>吊销设备</translation>
    </message>
    <message>
        <source>Revoke the device of %1 (%2)? Its bundles will be refused from now on, and it cannot be enrolled again.</source>
        <translation>要吊销 %1（%2）的设备吗？从现在起将拒收其数据包，且不能再次登记。</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
    <message>
        <source>Revoked. Bundles from this device are refused from now on.</source>
        <translation>已吊销。从现在起拒收该设备的数据包。</translation>
    </message>
    <message>
        <source>No device is trusted yet. Save this device&apos;s enrollment file for the township (or the village), then enroll the file they saved with “Enroll a device…”.</source>
        <translation>还没有信任任何设备。先为乡镇（或村）保存本设备的登记文件，再用“登记设备…”登记对方保存的文件。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::DisabilityLevelComboBox</name>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>No disability</source>
        <translation>无残疾</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1级</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::FindingLabels</name>
    <message>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困境类别</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>保障政策</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Possible, to be checked</source>
        <translation>可能符合，待核实</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>年龄 %1 岁</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::FindingsPanel</name>
    <message>
        <source>What the answers show</source>
        <translation>研判结果</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>处置建议：%1</translation>
    </message>
    <message>
        <source>Possibly: %1</source>
        <translation>可能：%1</translation>
    </message>
    <message>
        <source>Still to ask: %1</source>
        <translation>还需询问：%1</translation>
    </message>
    <message>
        <source>Nothing found yet: answer the questions on the left.</source>
        <translation>暂无研判结果：请先回答左侧的问题。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::HelpDialog</name>
    <message>
        <source>Tonghu help</source>
        <translation>童护使用说明</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::HouseholdDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Add &amp;child…</source>
        <translation>添加儿童(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit c&amp;hild…</source>
        <translation>编辑儿童(&amp;H)…</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新增家庭</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>编辑家庭</translation>
    </message>
    <message>
        <source>Group and house number, e.g. 3rd group, no. 12</source>
        <translation>组别和门牌号，例如：三组12号</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭信息</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>住址(&amp;D)：</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;ssistance:</source>
        <translation>救助情况(&amp;S)：</translation>
    </message>
    <message>
        <source>Under poverty &amp;monitoring:</source>
        <translation>纳入防返贫监测(&amp;M)：</translation>
    </message>
    <message>
        <source>Sudden &amp;crisis:</source>
        <translation>突发变故(&amp;C)：</translation>
    </message>
    <message>
        <source>Care &amp;entrustment signed:</source>
        <translation>已签委托照护协议(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Guardian able to care:</source>
        <translation>监护人有监护能力(&amp;G)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Members (parents, guardians, others)</source>
        <translation>家庭成员（父母、监护人及其他）</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove this person from the household? Children whose parent or guardian they are will no longer point to them.</source>
        <translation>要将此人从家庭中移除吗？以此人为父母或监护人的儿童将不再关联此人。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::HouseholdListModel</name>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>救助情况</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::IdNumberField</name>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18位，最后一位可能是X</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>出生日期%1</translation>
    </message>
    <message>
        <source>The ID number says: %1. Check the number or the values entered.</source>
        <translation>身份证号显示：%1。请核对号码或已填写的信息。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::LedgerPage</name>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Include full &amp;ID numbers</source>
        <translation>包含完整身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>Only when an office needs them: the file is outside the encrypted vault. The export is recorded in the audit log.</source>
        <translation>仅在确有需要时勾选：导出的文件不受加密保护。导出会记入审计日志。</translation>
    </message>
    <message>
        <source>Only for the children of your own area.</source>
        <translation>仅限本辖区的儿童。</translation>
    </message>
    <message>
        <source>Include sensitive &amp;notes</source>
        <translation>包含敏感备注(&amp;N)</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>导出为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>所有村</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>ledger-%1.xlsx</source>
        <translation>台账-%1.xlsx</translation>
    </message>
    <message>
        <source>ledger-%1.csv</source>
        <translation>台账-%1.csv</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the ledger of %n child(ren).</source>
        <translation>
            <numerusform>已保存 %n 名儿童的台账。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n 名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>No child on file matches these filters. Choose “All villages” and “All categories” to see every child.</source>
        <translation>没有符合这些筛选条件的在册儿童。选择“所有村”和“所有类别”可查看所有儿童。</translation>
    </message>
    <message>
        <source>No children on file yet. Click “New household” to put the first child on file.</source>
        <translation>还没有在册儿童。点击“新增家庭”登记第一名儿童。</translation>
    </message>
    <message>
        <source>No children&apos;s records yet. They arrive when the villages sync: Sync → Sync now.</source>
        <translation>还没有儿童记录。各村同步后记录会到达：同步 → 立即同步。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MainWindow</name>
    <message>
        <source>Tonghu</source>
        <translation>童护</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>档案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>New &amp;household</source>
        <translation>新增家庭(&amp;H)</translation>
    </message>
    <message>
        <source>Add a household and its members and children</source>
        <translation>新增一个家庭及其成员和儿童</translation>
    </message>
    <message>
        <source>New &amp;child</source>
        <translation>新增儿童(&amp;C)</translation>
    </message>
    <message>
        <source>Add a child to the selected household</source>
        <translation>在所选家庭中新增儿童</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>打开所选记录</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Close the records until the passphrase is entered again</source>
        <translation>关闭档案，再次输入密码后才能打开</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Tonghu</source>
        <translation>关于童护(&amp;A)</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials or last digits of the ID number</source>
        <translation>搜索：姓名、拼音首字母或身份证号后几位</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n名儿童</numerusform>
        </translation>
    </message>
    <message>
        <source>No children on file yet. Click “New household” to begin.</source>
        <translation>还没有儿童档案。点击“新增家庭”开始。</translation>
    </message>
    <message>
        <source>No child matches “%1”.</source>
        <translation>没有与“%1”匹配的儿童。</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>新增儿童</translation>
    </message>
    <message>
        <source>A child is recorded with the household they live in. Add a household now?</source>
        <translation>儿童需登记在其所在的家庭下。现在新增一个家庭吗？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Which household does the child live in?</source>
        <translation>儿童住在哪个家庭？</translation>
    </message>
    <message>
        <source>About Tonghu</source>
        <translation>关于童护</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tonghu %1&lt;/h3&gt;&lt;p&gt;Case records, home visits and referrals for children in difficulty, for village child directors, township supervisors and county civil affairs.&lt;/p&gt;&lt;p&gt;The records stay encrypted on this computer. Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;童护 %1&lt;/h3&gt;&lt;p&gt;困境儿童的档案、入户走访和转介工具，供村儿童主任、乡镇儿童督导员和县民政部门使用。&lt;/p&gt;&lt;p&gt;档案加密保存在本机。本软件为自由软件，采用 GNU GPL 第3版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>走访(&amp;V)</translation>
    </message>
    <message>
        <source>Fill in the home-visit checklist for the selected child</source>
        <translation>为所选儿童填写入户走访清单</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>打开档案(&amp;F)</translation>
    </message>
    <message>
        <source>Findings, documents, visits and referrals of the selected child</source>
        <translation>查看所选儿童的研判结果、材料、走访记录和转介</translation>
    </message>
    <message>
        <source>This &amp;device&apos;s fingerprint…</source>
        <translation>本设备指纹(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Exchange bundles with the sync folder or server now</source>
        <translation>现在与同步文件夹或服务器交换数据包</translation>
    </message>
    <message>
        <source>Last sync &amp;report…</source>
        <translation>上次同步报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>设备(&amp;D)…</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, and the devices it exchanges records with</source>
        <translation>本设备的指纹，以及与之交换记录的设备</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Fields changed here and on another device: choose the value to keep</source>
        <translation>在本机和另一台设备上都被修改的字段：选择要保留的值</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>同步设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the USB stick, shared folder or server to sync with</source>
        <translation>选择用于同步的 U 盘、共享文件夹或服务器</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>待审核走访</translation>
    </message>
    <message>
        <source>Oversight</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>&amp;Help for this screen</source>
        <translation>本页使用说明(&amp;H)</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Close Tonghu; the records stay encrypted on this computer</source>
        <translation>关闭童护；记录仍加密保存在本电脑上</translation>
    </message>
    <message>
        <source>Search the children and households</source>
        <translation>搜索儿童和家庭</translation>
    </message>
    <message>
        <source>What this page shows and what to do on it</source>
        <translation>本页显示什么、在这里做什么</translation>
    </message>
    <message>
        <source>Tonghu&apos;s version and licence</source>
        <translation>童护的版本和许可证</translation>
    </message>
    <message>
        <source>The digits another device checks, by phone, before it trusts this one</source>
        <translation>其他设备在信任本设备前通过电话核对的数字</translation>
    </message>
    <message>
        <source>Show Tonghu in Chinese</source>
        <translation>以中文显示童护</translation>
    </message>
    <message>
        <source>Show Tonghu in English</source>
        <translation>以英文显示童护</translation>
    </message>
    <message>
        <source>What the last sync sent and received, and the bundles it refused and why</source>
        <translation>上次同步发送和接收了什么，拒收了哪些数据包及原因</translation>
    </message>
    <message>
        <source>No households yet. Click “New household” to add the first one, with its members and children.</source>
        <translation>还没有家庭。点击“新增家庭”添加第一户，包括其成员和儿童。</translation>
    </message>
    <message>
        <source>No households yet. They arrive with the villages&apos; records when the villages sync: Sync → Sync now.</source>
        <translation>还没有家庭。各村同步后，家庭会随村里的记录一起到达：同步 → 立即同步。</translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation>没有与“%1”匹配的家庭。</translation>
    </message>
    <message>
        <source>No children&apos;s records yet. They arrive when the villages sync: Sync → Sync now.</source>
        <translation>还没有儿童记录。各村同步后记录会到达：同步 → 立即同步。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MandatoryReportDialog</name>
    <message>
        <source>Mandatory report</source>
        <translation>强制报告</translation>
    </message>
    <message>
        <source>This visit found: %1.
The law requires a report to the police or civil affairs at once. Record the report that was made, or why it could not be made.</source>
        <translation>本次走访发现：%1。
依法应立即向公安机关或民政部门报告。请记录已作出的报告，或未能报告的原因。</translation>
    </message>
    <message>
        <source>The report was made</source>
        <translation>已报告</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>未能报告</translation>
    </message>
    <message>
        <source>e.g. township police station, duty officer</source>
        <translation>例如：乡镇派出所、值班人员</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>报告时间：</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>报告对象：</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>报告编号：</translation>
    </message>
    <message>
        <source>Why not possible:</source>
        <translation>未能报告的原因：</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MaskedValue</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show this value in full. Each time is written to the audit log.</source>
        <translation>显示完整内容。每次显示都会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::MonthsSpinBox</name>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::OptionalDateEdit</name>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::OversightPage</name>
    <message>
        <source>Fields changed here and on another device: choose the value to keep</source>
        <translation>在本机和另一台设备上都被修改的字段：选择要保留的值</translation>
    </message>
    <message>
        <source>Children with open critical or high risks</source>
        <translation>有未解除的紧急或高风险的儿童</translation>
    </message>
    <message>
        <source>Referrals not yet resolved, overdue first</source>
        <translation>尚未解决的转介（逾期的在前）</translation>
    </message>
    <message>
        <source>Villages with overdue visits</source>
        <translation>有逾期走访的村</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Mandatory report</source>
        <translation>强制报告</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>For</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早到期</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) on file</source>
        <translation>
            <numerusform>在册儿童 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open critical or high risk(s)</source>
        <translation>
            <numerusform>未解除的紧急或高风险 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) overdue</source>
        <translation>
            <numerusform>逾期转介 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) overdue</source>
        <translation>
            <numerusform>逾期走访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data conflict(s) wait for a decision</source>
        <translation>
            <numerusform>%n 处数据冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>No data conflicts</source>
        <translation>没有数据冲突</translation>
    </message>
    <message>
        <source>not referred yet</source>
        <translation>尚未转介</translation>
    </message>
    <message>
        <source>%1 — %2, overdue since %3</source>
        <translation>%1 — %2，自 %3 起逾期</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>reported %1 to %2</source>
        <translation>%1 已报告 %2</translation>
    </message>
    <message>
        <source>could not be made (reason recorded)</source>
        <translation>未能报告（已记录原因）</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Resol&amp;ve conflicts…</source>
        <translation>处理冲突(&amp;V)…</translation>
    </message>
    <message>
        <source>No child has an open critical or high risk. Children at risk appear here when the villages&apos; visits arrive with a sync: Sync → Sync now.</source>
        <translation>没有儿童存在未解决的紧急或高风险。各村的走访记录随同步到达后，有风险的儿童会显示在这里：同步 → 立即同步。</translation>
    </message>
    <message>
        <source>Referrals are counted here by agency once there are any.</source>
        <translation>有转介后，这里按机构统计转介数。</translation>
    </message>
    <message>
        <source>No referral is waiting to be resolved. A referral is made from a finding in a child&apos;s file: double-click the child above or in the ledger.</source>
        <translation>没有待处理的转介。转介从儿童档案中的某项发现发起：双击上方或台账中的儿童。</translation>
    </message>
    <message>
        <source>No village is late with a visit. A village whose children are overdue for a visit appears here, with the oldest visit due.</source>
        <translation>没有村逾期未走访。有儿童逾期未走访的村会显示在这里，并列出最早到期的走访。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PageActions</name>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Show the page “%1”</source>
        <translation>显示“%1”页</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>Show the page to the right of this one</source>
        <translation>显示右边的一页</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>Show the page to the left of this one</source>
        <translation>显示左边的一页</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PassphraseMeter</name>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>请再次输入密码以确认。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters: a few words and digits are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>至少使用%n个字符：几个词语（可用拼音）加上数字，既好记又难猜。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PassphrasePage</name>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>显示密码(&amp;S)</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>The passphrase opens Tonghu and protects the children&apos;s records on this computer. Nobody, not even the county, can open them without it or the recovery code.</source>
        <translation>密码用于打开童护，并保护本机上的儿童档案。没有密码或恢复码，任何人（包括县里）都无法打开这些档案。</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>请至少使用%n个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess: add more words, digits or symbols.</source>
        <translation>太容易被猜到：请再加些词语、数字或符号。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PersonDialog</name>
    <message>
        <source>This person is the child&apos;s &amp;guardian</source>
        <translation>此人是儿童的监护人(&amp;G)</translation>
    </message>
    <message>
        <source>Parent&apos;s situation</source>
        <translation>父母情况</translation>
    </message>
    <message>
        <source>New household member</source>
        <translation>新增家庭成员</translation>
    </message>
    <message>
        <source>Edit household member</source>
        <translation>编辑家庭成员</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <source>None or unknown</source>
        <translation>无或不详</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Relation to the child:</source>
        <translation>与儿童关系(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Disability &amp;level:</source>
        <translation>残疾等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Disability &amp;type:</source>
        <translation>残疾类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Serious &amp;illness:</source>
        <translation>患重病(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状况(&amp;T)：</translation>
    </message>
    <message>
        <source>In prison (months):</source>
        <translation>服刑在押（月）：</translation>
    </message>
    <message>
        <source>In compulsory drug rehabilitation (months):</source>
        <translation>强制隔离戒毒（月）：</translation>
    </message>
    <message>
        <source>Detained (months):</source>
        <translation>被羁押（月）：</translation>
    </message>
    <message>
        <source>Lost contact (months):</source>
        <translation>失联（月）：</translation>
    </message>
    <message>
        <source>Guardianship revoked by a court:</source>
        <translation>被法院撤销监护资格：</translation>
    </message>
    <message>
        <source>Deported:</source>
        <translation>被遣送出境：</translation>
    </message>
    <message>
        <source>Works away from home:</source>
        <translation>外出务工：</translation>
    </message>
    <message>
        <source>Months since last contact with the child:</source>
        <translation>距上次与儿童联系（月）：</translation>
    </message>
    <message>
        <source>Leave a number at Unknown when you have not asked yet.</source>
        <translation>还没问清的数字，请保留为“不详”。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PlacePage</name>
    <message>
        <source>The last three digits of the village&apos;s 12-digit statistical code, as the township&apos;s civil affairs office uses it.</source>
        <translation>村12位统计用区划代码的后三位，与乡镇民政办使用的一致。</translation>
    </message>
    <message>
        <source>Where do you work?</source>
        <translation>您在哪里工作？</translation>
    </message>
    <message>
        <source>Choose a province</source>
        <translation>请选择省份</translation>
    </message>
    <message>
        <source>Choose a city</source>
        <translation>请选择市</translation>
    </message>
    <message>
        <source>Choose a county</source>
        <translation>请选择县</translation>
    </message>
    <message>
        <source>Choose a township</source>
        <translation>请选择乡镇</translation>
    </message>
    <message>
        <source>e.g. 201</source>
        <translation>例如 201</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>省(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>市(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>县(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village name:</source>
        <translation>村名(&amp;V)：</translation>
    </message>
    <message>
        <source>Village &amp;number:</source>
        <translation>村编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Place code:</source>
        <translation>区划代码：</translation>
    </message>
    <message>
        <source>Choose your township, then enter your village&apos;s name and number.</source>
        <translation>请选择您所在的乡镇，再填写村名和村编号。</translation>
    </message>
    <message>
        <source>Choose your township.</source>
        <translation>请选择您所在的乡镇。</translation>
    </message>
    <message>
        <source>Choose your county.</source>
        <translation>请选择您所在的县。</translation>
    </message>
    <message>
        <source>The village number cannot be 000.</source>
        <translation>村编号不能为000。</translation>
    </message>
    <message>
        <source>(not complete yet)</source>
        <translation>（尚未填完）</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PrintDialog</name>
    <message>
        <source>Print the visit record</source>
        <translation>打印走访记录</translation>
    </message>
    <message>
        <source>Print the child&apos;s file</source>
        <translation>打印儿童档案</translation>
    </message>
    <message>
        <source>Save as a &amp;PDF file</source>
        <translation>保存为 PDF 文件(&amp;P)</translation>
    </message>
    <message>
        <source>Send to a p&amp;rinter</source>
        <translation>发送到打印机(&amp;R)</translation>
    </message>
    <message>
        <source>Print &amp;full ID numbers</source>
        <translation>打印完整身份证号(&amp;F)</translation>
    </message>
    <message>
        <source>Only when an office needs them: a printout is outside the encrypted vault.</source>
        <translation>仅在有关部门需要时使用：打印件不受加密保护。</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>visit-record-%1.pdf</source>
        <translation>走访记录-%1.pdf</translation>
    </message>
    <message>
        <source>child-file-%1.pdf</source>
        <translation>儿童档案-%1.pdf</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print sensitive &amp;notes</source>
        <translation>打印敏感备注(&amp;N)</translation>
    </message>
    <message>
        <source>Notes and report details that may describe harm. The guardian signs this paper too.</source>
        <translation>可能涉及侵害情况的备注和报告细节。监护人也会在这份材料上签字。</translation>
    </message>
    <message>
        <source>ID numbers and sensitive notes are masked unless you ask for them in full. Printing is recorded in the audit log.</source>
        <translation>除非选择完整显示，身份证号和敏感备注都会遮挡。打印会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PrintDocuments</name>
    <message>
        <source>Child director&apos;s signature</source>
        <translation>儿童主任签字</translation>
    </message>
    <message>
        <source>Guardian&apos;s signature</source>
        <translation>监护人签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>无研判结果。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>研判结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Documents to gather</source>
        <translation>需准备的材料</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Household address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Draft, not submitted</source>
        <translation>草稿，未提交</translation>
    </message>
    <message>
        <source>version %1 (a correction)</source>
        <translation>第%1版（更正）</translation>
    </message>
    <message>
        <source>Home visit record</source>
        <translation>入户走访记录</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>研判结果</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>报告结果</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告对象</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Could not be reported</source>
        <translation>未能报告</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Mandatory report</source>
        <translation>强制报告</translation>
    </message>
    <message>
        <source>Child file</source>
        <translation>儿童档案</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>School</source>
        <translation>就学情况</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>困境类别</translation>
    </message>
    <message>
        <source>Left the village</source>
        <translation>已离开本村</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>救助情况</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭信息</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Current findings</source>
        <translation>当前研判结果</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>暂无走访记录。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation>无法写入 PDF 文件 %1：%2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法创建 PDF</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>无法绘制页面</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer.</source>
        <translation>无法将文档发送到打印机。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::PrivacyGuard</name>
    <message>
        <source>Show ID &amp;number</source>
        <translation>显示身份证号(&amp;N)</translation>
    </message>
    <message>
        <source>Show the selected child&apos;s ID number in full. This is written to the audit log.</source>
        <translation>显示所选儿童的完整身份证号。此操作会记入审计日志。</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>How long Tonghu waits without use before it locks</source>
        <translation>童护无人使用多久后自动锁定</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Who opened, printed, exported or deleted which record, and whether the log is intact</source>
        <translation>谁打开、打印、导出或删除了哪条记录，以及日志是否完整</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::QuestionEditor</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>以上都没有</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::RecordDialogBase</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::RecoveryCodePage</name>
    <message>
        <source>I have &amp;written down the recovery code</source>
        <translation>我已抄下恢复码(&amp;W)</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open the records again. Write it on paper and keep it locked away from this computer. Do not photograph it or save it in a file. It will not be shown again.</source>
        <translation>如果忘记密码，只有用这个恢复码才能重新打开档案。请把它抄在纸上锁好，不要和这台电脑放在一起。不要拍照，也不要存成文件。恢复码不会再次显示。</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>正在创建数据，需要几秒钟……</translation>
    </message>
    <message>
        <source>Go back to correct the details, then try again.</source>
        <translation>请返回修改信息后重试。</translation>
    </message>
    <message>
        <source>The vault is ready. Write down this recovery code:</source>
        <translation>数据已创建好。请抄下这个恢复码：</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>发起转介</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>接收机构已受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>接收机构：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>转介原因：</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Notes so far:</source>
        <translation>已有备注：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ReportsMenu</name>
    <message>
        <source>Re&amp;ports</source>
        <translation>报表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Township summary…</source>
        <translation>乡镇月报(&amp;T)…</translation>
    </message>
    <message>
        <source>A month&apos;s figures of the township, per village, as a PDF or an Excel workbook</source>
        <translation>乡镇一个月的统计（按村），保存为 PDF 或 Excel 工作簿</translation>
    </message>
    <message>
        <source>&amp;County summary…</source>
        <translation>县汇总报表(&amp;C)…</translation>
    </message>
    <message>
        <source>A month&apos;s figures of the county, per township, as a PDF or an Excel workbook</source>
        <translation>县一个月的统计（按乡镇），保存为 PDF 或 Excel 工作簿</translation>
    </message>
    <message>
        <source>No township&apos;s records have arrived in this vault yet.</source>
        <translation>本数据中还没有收到任何乡镇的记录。</translation>
    </message>
    <message>
        <source>County summary</source>
        <translation>县汇总报表</translation>
    </message>
    <message>
        <source>Township summary</source>
        <translation>乡镇月报</translation>
    </message>
    <message>
        <source>Save the summary as an Excel workbook</source>
        <translation>将报表保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Something went wrong inside Tonghu. No file was written.</source>
        <translation>童护内部出错，没有写入任何文件。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ReviewQueueModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — corrected: %2</source>
        <translation>%1 — 已更正：%2</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Child director</source>
        <translation>儿童主任</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::ReviewQueuePage</name>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>Visited &amp;from</source>
        <translation>走访日期从(&amp;F)</translation>
    </message>
    <message>
        <source>Visited from</source>
        <translation>走访日期从</translation>
    </message>
    <message>
        <source>Visited up to</source>
        <translation>走访日期至</translation>
    </message>
    <message>
        <source>Minimum ris&amp;k:</source>
        <translation>最低风险(&amp;K)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Low or higher</source>
        <translation>低及以上</translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation>中及以上</translation>
    </message>
    <message>
        <source>High or critical</source>
        <translation>高或紧急</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅紧急</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>所有村</translation>
    </message>
    <message>
        <source>Clear filt&amp;ers</source>
        <translation>清除筛选(&amp;E)</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>历史(&amp;Y)：</translation>
    </message>
    <message>
        <source>Visits waiting for review</source>
        <translation>待审核的走访</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>打开走访(&amp;O)</translation>
    </message>
    <message>
        <source>The answers of the selected visit, read-only (Enter)</source>
        <translation>查看所选走访的回答，只读（回车键）</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>Send the visit back to the child director with what to correct</source>
        <translation>把走访退回给儿童主任，并写明要更正的内容</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>The visit is complete and correct; the village hears of it at its next sync</source>
        <translation>走访完整无误；村里下次同步时会收到</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) waiting</source>
        <translation>
            <numerusform>%n 次走访待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>No waiting visit matches these filters. Clear the filters to see every visit waiting for review.</source>
        <translation>没有符合筛选条件的待审核走访。清除筛选即可看到所有待审核的走访。</translation>
    </message>
    <message>
        <source>No visits are waiting for review. They arrive when the villages sync.</source>
        <translation>没有待审核的走访。各村同步后走访会出现在这里。</translation>
    </message>
    <message>
        <source>Select a visit to see what it found and its history.</source>
        <translation>选择一次走访，查看研判结果和历史。</translation>
    </message>
    <message>
        <source>%1 · %2 · visited %3</source>
        <translation>%1 · %2 · 走访于 %3</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>The visit found no risk.</source>
        <translation>这次走访未发现风险。</translation>
    </message>
    <message>
        <source>Risks found: %1</source>
        <translation>发现的风险：%1</translation>
    </message>
    <message>
        <source>Return the visit</source>
        <translation>退回走访</translation>
    </message>
    <message>
        <source>What should the child director correct? The village reads this at its next sync.</source>
        <translation>儿童主任需要更正什么？村里下次同步时会看到。</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>退回(&amp;R)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approved the visit to %1. The village hears of it at its next sync.</source>
        <translation>已通过对 %1 的走访。村里下次同步时会收到。</translation>
    </message>
    <message>
        <source>Returned the visit to %1 to the child director. The village hears of it at its next sync.</source>
        <translation>已把对 %1 的走访退回给儿童主任。村里下次同步时会收到。</translation>
    </message>
    <message>
        <source>&amp;up to</source>
        <translation>至(&amp;U)</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::RolePage</name>
    <message>
        <source>Who will use Tonghu on this computer?</source>
        <translation>这台电脑上谁来使用童护？</translation>
    </message>
    <message>
        <source>The role decides which records this computer keeps and what it can do with them.</source>
        <translation>角色决定这台电脑保存哪些档案，以及能对档案做哪些操作。</translation>
    </message>
    <message>
        <source>Visits the children of one village and keeps their files.</source>
        <translation>走访本村儿童，管理他们的档案。</translation>
    </message>
    <message>
        <source>Reviews the visits of the villages of one township.</source>
        <translation>审核本乡镇各村的走访情况。</translation>
    </message>
    <message>
        <source>Receives the records of the townships of one county.</source>
        <translation>接收本县各乡镇报送的档案。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Without a key press or a mouse movement for this long, Tonghu locks and asks for the passphrase. It also locks when the computer goes to sleep.</source>
        <translation>超过这段时间没有按键或鼠标移动，童护会锁定并要求输入密码。电脑休眠时也会锁定。</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>自动锁定时间(&amp;L)：</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>字号(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SetupWizard</name>
    <message>
        <source>Set up Tonghu</source>
        <translation>设置童护</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SummaryDialog</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>保存为 Excel(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SummaryDocument</name>
    <message>
        <source>Visits due and done, by township</source>
        <translation>各乡镇应走访和已走访</translation>
    </message>
    <message>
        <source>Visits due and done, by village</source>
        <translation>各村应走访和已走访</translation>
    </message>
    <message>
        <source>Due, visited</source>
        <translation>应走访，已走访</translation>
    </message>
    <message>
        <source>Due, not visited</source>
        <translation>应走访，未走访</translation>
    </message>
    <message>
        <source>Children by category</source>
        <translation>按类别统计儿童</translation>
    </message>
    <message>
        <source>Risks found and resolved, by severity</source>
        <translation>按严重程度统计发现和解除的风险</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解除</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Referrals by agency, as the month ended</source>
        <translation>月末各机构转介情况</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Children on file: active at the month&apos;s end (or left after it), entered or visited by then.</source>
        <translation>在册儿童：月末仍在册（或月后才离开）、且此前已登记或走访过的儿童。</translation>
    </message>
    <message>
        <source>Due: children whose next visit by the rulebook&apos;s schedule, as set by their last visit before the month, fell on or before the month&apos;s last day, and children never visited before the month.</source>
        <translation>应走访：按规则的走访周期，根据本月之前最后一次走访，下次走访日期在本月最后一天或之前的儿童，以及本月之前从未走访过的儿童。</translation>
    </message>
    <message>
        <source>Visits: submitted home visits dated in the month; a corrected visit counts once.</source>
        <translation>走访：本月已提交的入户走访；更正过的走访只计一次。</translation>
    </message>
    <message>
        <source>Risks found: risks met at the month&apos;s visits, once per child and risk. Resolved: the child&apos;s later visit in the month no longer reports it, or the referral made for it was resolved or closed by the month&apos;s end.</source>
        <translation>发现风险：本月走访中发现的风险，每名儿童每项风险只计一次。解除：该儿童本月后续走访不再发现，或为此发起的转介在月末前已解决或关闭。</translation>
    </message>
    <message>
        <source>Referrals: made in the month, and the state at the month&apos;s end of every referral open during it.</source>
        <translation>转介：本月发起的转介，以及本月内处于办理中的每件转介在月末的状态。</translation>
    </message>
    <message>
        <source>Benefit applications: referrals made for a benefit the rules found (its finding), to whoever decides it.</source>
        <translation>政策申请：根据研判结果为某项政策发起、交由审批部门的转介。</translation>
    </message>
    <message>
        <source>What the figures count</source>
        <translation>统计口径说明</translation>
    </message>
    <message>
        <source>%1 (%2), %3; figures as of %4</source>
        <translation>%1（%2），%3；统计截至 %4</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SyncController</name>
    <message>
        <source>Sync stopped. Nothing arrived; everything goes at the next sync.</source>
        <translation>同步已停止。没有收到任何内容；全部内容在下次同步时发送。</translation>
    </message>
    <message>
        <source>Sync stopped. What arrived is kept; the rest goes at the next sync.</source>
        <translation>同步已停止。已收到的内容会保留，其余的在下次同步时继续。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SyncReportDialog</name>
    <message>
        <source>Last sync report</source>
        <translation>上次同步报告</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>收到：</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n 个数据包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>发出：</translation>
    </message>
    <message>
        <source>held until the sender&apos;s change %1 arrives</source>
        <translation>暂存，等待发送方第 %1 项变更到达</translation>
    </message>
    <message>
        <source>held until the records it refers to arrive</source>
        <translation>暂存，等待其涉及的记录到达</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>暂存：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Refused bundles:</source>
        <translation>被拒收的数据包(&amp;R)：</translation>
    </message>
    <message>
        <source>Refused bundles</source>
        <translation>被拒收的数据包</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No bundle was refused.</source>
        <translation>没有数据包被拒收。</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>拒收：</translation>
    </message>
    <message>
        <source>Sync again to see which bundles were refused and why.</source>
        <translation>请再同步一次，以查看哪些数据包被拒收及原因。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <source>&amp;Folder (USB stick or shared drive)</source>
        <translation>文件夹（U 盘或共享盘）(&amp;F)</translation>
    </message>
    <message>
        <source>For example /media/usb/tonghu</source>
        <translation>例如 /media/usb/tonghu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder on the USB stick or shared drive</source>
        <translation>选择 U 盘或共享盘上的文件夹</translation>
    </message>
    <message>
        <source>Ser&amp;ver (WebDAV)</source>
        <translation>服务器（WebDAV）(&amp;V)</translation>
    </message>
    <message>
        <source>Sync by &amp;itself when the folder or server is reachable</source>
        <translation>文件夹或服务器可用时自动同步(&amp;I)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A USB stick is synced as soon as it is plugged in; a server is looked for at this interval.</source>
        <translation>U 盘一插上就会同步；服务器按此间隔检查。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Sync at least e&amp;very:</source>
        <translation>同步间隔最长(&amp;E)：</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Yes: it can be reached.</source>
        <translation>可以连接。</translation>
    </message>
    <message>
        <source>No: the folder is not there or cannot be written. Is the USB stick plugged in?</source>
        <translation>无法连接：文件夹不存在或不能写入。U 盘插好了吗？</translation>
    </message>
    <message>
        <source>No: the server does not answer. Check the address, the user name and the password.</source>
        <translation>无法连接：服务器没有响应。请检查地址、用户名和密码。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::SyncStatusWidget</name>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n change(s) arrived.</source>
        <translation>
            <numerusform>已同步：收到 %n 项变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: nothing new arrived.</source>
        <translation>已同步：没有新内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) left.</source>
        <translation>
            <numerusform>发出 %n 个数据包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) held until earlier ones arrive.</source>
        <translation>
            <numerusform>%n 个数据包暂存，等待更早的数据包到达。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused: see Sync → Last sync report.</source>
        <translation>
            <numerusform>%n 个数据包被拒收：见“同步 → 上次同步报告”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the sync</source>
        <translation>停止同步</translation>
    </message>
    <message>
        <source>Stop the sync; what has arrived is kept</source>
        <translation>停止同步；已收到的内容会保留</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>正在接收…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>No device enrolled yet</source>
        <translation>尚未登记任何设备</translation>
    </message>
    <message>
        <source>Enroll the township&apos;s or the county&apos;s device in Sync → Devices.</source>
        <translation>请在“同步 → 设备”中登记乡镇或县的设备。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to leave</source>
        <translation>
            <numerusform>%n 项变更待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>全部已发送</translation>
    </message>
    <message>
        <source>Changes made here that the township or county has not confirmed yet. They leave at the next sync.</source>
        <translation>本机所作、乡镇或县尚未确认收到的变更，将在下次同步时发出。</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>A bundle is held until change %1 from %2 arrives</source>
        <translation>有一个数据包暂存，等待 %2 的第 %1 项变更到达</translation>
    </message>
    <message>
        <source>A bundle from %1 is held until the records it refers to arrive</source>
        <translation>来自 %1 的一个数据包暂存，等待其涉及的记录到达</translation>
    </message>
    <message numerus="yes">
        <source>Bundles from %n place(s) are held until earlier ones arrive</source>
        <translation>
            <numerusform>来自 %n 个地方的数据包暂存，等待更早的数据包到达</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 处冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>The same field was changed here and on another device. The later value is shown; the other is kept until someone decides. Click to decide.</source>
        <translation>同一字段在本机和另一台设备上都被修改过。目前显示较晚的值，另一个值会保留到有人作出决定。点击此处处理。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused</source>
        <translation>
            <numerusform>%n 个数据包被拒收</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync refused bundles. Click to see why.</source>
        <translation>上次同步拒收了数据包。点击查看原因。</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::TriStateComboBox</name>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::TrustedDeviceModel</name>
    <message>
        <source>Receives our records</source>
        <translation>接收本机的记录</translation>
    </message>
    <message>
        <source>Sends us its records</source>
        <translation>向本机发送记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换方向</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>忘记密码？使用恢复码</translation>
    </message>
    <message>
        <source>&amp;Open and set new passphrase</source>
        <translation>打开并设置新密码(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Unlock Tonghu</source>
        <translation>解锁童护</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the children&apos;s records.</source>
        <translation>请输入密码，打开儿童档案。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when Tonghu was set up, then choose a new passphrase.</source>
        <translation>请输入设置童护时抄下的恢复码，然后设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>恢复码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>Tonghu</source>
        <translation>童护</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>错误次数过多，请%n秒后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::ui::UserPage</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your name is written on the visits and reviews you make.</source>
        <translation>您的姓名会记录在您所做的走访和审核上。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Role: %1
Place: %2 (%3)</source>
        <translation>角色：%1
地点：%2（%3）</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::VisitForm</name>
    <message>
        <source>&amp;Submit visit</source>
        <translation>提交走访(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every answer is already saved; the draft can be continued later.</source>
        <translation>所有回答均已保存，草稿可以稍后继续填写。</translation>
    </message>
    <message>
        <source>The visit record no longer exists.</source>
        <translation>该走访记录已不存在。</translation>
    </message>
    <message>
        <source>Submitted visit (version %1): it can no longer be changed.</source>
        <translation>已提交的走访（第%1版）：不能再修改。</translation>
    </message>
    <message>
        <source>Correction (version %1): %2</source>
        <translation>更正（第%1版）：%2</translation>
    </message>
    <message>
        <source>Draft: every answer is saved as you give it.</source>
        <translation>草稿：每项回答填写后即自动保存。</translation>
    </message>
    <message>
        <source>Home visit (submitted)</source>
        <translation>入户走访（已提交）</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>The visit cannot be submitted yet:</source>
        <translation>这次走访暂时不能提交：</translation>
    </message>
    <message>
        <source>Correct visit</source>
        <translation>更正走访</translation>
    </message>
    <message>
        <source>Why does this visit need a correction? The submitted version is kept.</source>
        <translation>这次走访为什么需要更正？已提交的版本会保留。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The visit record as a PDF or on paper, with signature lines</source>
        <translation>走访记录保存为 PDF 或打印，带签字栏</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>更正(&amp;C)</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>走访日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::VisitHistoryList</name>
    <message>
        <source>History of the visit</source>
        <translation>走访历史</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>不详人员</translation>
    </message>
    <message>
        <source>%1  Version %2 approved by %3</source>
        <translation>%1  第 %2 版由 %3 审核通过</translation>
    </message>
    <message>
        <source>%1  Version %2 returned by %3: %4</source>
        <translation>%1  第 %2 版被 %3 退回：%4</translation>
    </message>
    <message>
        <source>%1  Started by %2, not submitted yet</source>
        <translation>%1  由 %2 开始，尚未提交</translation>
    </message>
    <message>
        <source>%1  Submitted by %2</source>
        <translation>%1  由 %2 提交</translation>
    </message>
    <message>
        <source>%1  Correction (version %2) started by %3, not submitted yet: %4</source>
        <translation>%1  更正（第 %2 版）由 %3 开始，尚未提交：%4</translation>
    </message>
    <message>
        <source>%1  Correction (version %2) submitted by %3: %4</source>
        <translation>%1  更正（第 %2 版）由 %3 提交：%4</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::WorklistModel</name>
    <message>
        <source>Risk needing action</source>
        <translation>待处置的风险</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>走访已逾期</translation>
    </message>
    <message>
        <source>Referral overdue</source>
        <translation>转介已逾期</translation>
    </message>
    <message>
        <source>Visit not submitted</source>
        <translation>走访未提交</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>待走访</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <source>Continue the visit</source>
        <translation>继续走访</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 [%2] — not referred yet</source>
        <translation>%1（%2）— 尚未转介</translation>
    </message>
    <message>
        <source>%1 [%2] — referral %3</source>
        <translation>%1（%2）— 转介%3</translation>
    </message>
    <message>
        <source>Visit returned</source>
        <translation>走访被退回</translation>
    </message>
    <message>
        <source>Returned by the township: %1</source>
        <translation>乡镇退回：%1</translation>
    </message>
    <message>
        <source>Returned by the township: %1 — correction started, submit it</source>
        <translation>乡镇退回：%1 — 已开始更正，请提交</translation>
    </message>
</context>
<context>
    <name>tonghu::ui::WorklistPage</name>
    <message>
        <source>Nothing to do today. Children due for a visit, open risks and overdue referrals will appear here; add a household to put children on file.</source>
        <translation>今天没有待办事项。需要走访的儿童、未处置的风险和逾期的转介会显示在这里；新增家庭即可为儿童建档。</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>The township returned %n visit(s) to correct. Select one and click Correct…; the township&apos;s comment is the reason, which you can change.</source>
        <translation>
            <numerusform>乡镇退回了 %n 次走访，需要更正。请选择一次走访并点击“更正…”；乡镇的意见会作为更正原因，可以修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new version of the selected returned visit and correct it</source>
        <translation>为所选的退回走访建立新版本并更正</translation>
    </message>
    <message>
        <source>Nothing to do today. Children due for a visit, open risks and overdue referrals of the villages appear here once their records arrive with a sync: Sync → Sync now.</source>
        <translation>今天没有待办事项。各村的记录随同步到达后，待走访的儿童、未解决的风险和逾期的转介会显示在这里：同步 → 立即同步。</translation>
    </message>
</context>
<context>
    <name>tonghu::vault::Access</name>
    <message>
        <source>Only the village&apos;s child director changes its households and children; a %1 reads them.</source>
        <translation>只有本村的儿童主任才能修改本村的家庭和儿童；%1只能查看。</translation>
    </message>
    <message>
        <source>Only the village&apos;s child director records and submits home visits; a %1 reads them.</source>
        <translation>只有本村的儿童主任才能记录和提交入户走访；%1只能查看。</translation>
    </message>
    <message>
        <source>Only a township supervisor reviews visits.</source>
        <translation>只有乡镇儿童督导员才能审核走访。</translation>
    </message>
    <message>
        <source>Referrals are made and followed up by the child director and the township supervisor.</source>
        <translation>转介由儿童主任和乡镇儿童督导员办理和跟进。</translation>
    </message>
    <message>
        <source>Only the county publishes rulebook settings.</source>
        <translation>只有县级才能发布规则设置。</translation>
    </message>
    <message>
        <source>This vault does not say whose it is (its role is missing).</source>
        <translation>这份数据没有注明归属（缺少角色）。</translation>
    </message>
    <message>
        <source>This record belongs to another village; only its own child director changes it.</source>
        <translation>这条记录属于其他村，只有该村的儿童主任才能修改。</translation>
    </message>
</context>
<context>
    <name>tonghu::vault::IdleLockSetting</name>
    <message numerus="yes">
        <source>Choose between 1 and %n minute(s).</source>
        <translation>
            <numerusform>请选择 1 到 %n 分钟之间。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tonghu::vault::KeySlots</name>
    <message>
        <source>Not enough memory to derive the key.</source>
        <translation>内存不足，无法生成密钥。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged; restore it from a backup.</source>
        <translation>密钥文件已损坏，请从备份中恢复。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing.</source>
        <translation>找不到密钥文件。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file was written by a newer version of Tonghu.</source>
        <translation>密钥文件由更新版本的童护写入，请升级童护。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be written; check free disk space.</source>
        <translation>无法写入密钥文件，请检查磁盘剩余空间。</translation>
    </message>
</context>
<context>
    <name>tonghu::vault::Vault</name>
    <message>
        <source>Child director</source>
        <translation>儿童主任</translation>
    </message>
    <message>
        <source>Township child welfare supervisor</source>
        <translation>乡镇儿童督导员</translation>
    </message>
    <message>
        <source>County civil affairs</source>
        <translation>县民政部门</translation>
    </message>
    <message>
        <source>This folder already holds a vault; it was not changed.</source>
        <translation>此文件夹中已有数据，未作改动。</translation>
    </message>
    <message>
        <source>The vault folder could not be created.</source>
        <translation>无法创建数据文件夹。</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>此文件夹中没有数据。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>错误次数过多，请%n秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is wrong. The vault was not opened.</source>
        <translation>密码错误，未能打开数据。</translation>
    </message>
    <message>
        <source>The recovery code is wrong. The vault was not opened.</source>
        <translation>恢复码错误，未能打开数据。</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>当前密码错误，未作任何改动。</translation>
    </message>
    <message>
        <source>The vault does not say which role it belongs to.</source>
        <translation>数据中没有记录所属角色。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>请填写使用者姓名。</translation>
    </message>
    <message>
        <source>A village code has 12 digits: the 9-digit township code and a 3-digit village number.</source>
        <translation>村代码为12位：9位乡镇代码加3位村编号。</translation>
    </message>
    <message>
        <source>A township code has 9 digits.</source>
        <translation>乡镇代码为9位。</translation>
    </message>
    <message>
        <source>A county code has 6 digits.</source>
        <translation>县代码为6位。</translation>
    </message>
    <message>
        <source>The county code is not in the national division table.</source>
        <translation>县代码不在全国行政区划表中。</translation>
    </message>
    <message>
        <source>The township code is not in the national division table.</source>
        <translation>乡镇代码不在全国行政区划表中。</translation>
    </message>
    <message>
        <source>The village number cannot be 000.</source>
        <translation>村编号不能为000。</translation>
    </message>
    <message>
        <source>Enter the village&apos;s name.</source>
        <translation>请填写村名。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: use at least %n characters.</source>
        <translation>
            <numerusform>密码太短：请至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
</TS>
