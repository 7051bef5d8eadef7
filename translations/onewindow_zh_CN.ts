<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Catalog updated to version %1 (for new intakes).</source>
        <translation>事项目录已更新到 %1 版（新受理的办件适用）</translation>
    </message>
    <message>
        <source>The server&apos;s catalog %1 could not be used: %2</source>
        <translation>无法使用服务器上的 %1 版事项目录：%2</translation>
    </message>
    <message>
        <source>An intake was not finished: %1, last changed %2. Continue it now?</source>
        <translation>有一个受理尚未完成：%1，最后修改于 %2。现在继续办理吗？</translation>
    </message>
    <message>
        <source>Continue the open draft?</source>
        <translation>继续办理未完成的草稿？</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files may be at most %3 MB.</source>
        <translation>%1 大小为 %2 MB，文件最大不能超过 %3 MB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 超过了 %2 MB 的大小上限。</translation>
    </message>
    <message>
        <source>%1 is not a PDF or an image (PNG, JPEG, TIFF); its content was checked, not its name.</source>
        <translation>%1 不是 PDF 或图片（PNG、JPEG、TIFF）文件（按文件内容判断，而非文件名）。</translation>
    </message>
    <message>
        <source>%1 looks like an incomplete PDF (no end marker). Scan or export it again.</source>
        <translation>%1 似乎是不完整的 PDF 文件（缺少结束标记），请重新扫描或导出。</translation>
    </message>
    <message>
        <source>The attachment could not be stored: %1</source>
        <translation>附件保存失败：%1</translation>
    </message>
    <message>
        <source>No attachment %1.</source>
        <translation>找不到附件 %1。</translation>
    </message>
    <message>
        <source>The stored file %1 is missing.</source>
        <translation>已保存的文件 %1 丢失。</translation>
    </message>
    <message>
        <source>The stored file %1 was changed on disk and no longer matches its hash.</source>
        <translation>已保存的文件 %1 在磁盘上被改动，与其哈希值不再一致。</translation>
    </message>
</context>
<context>
    <name>BundleListModel</name>
    <message>
        <source>(example)</source>
        <translation>（示例）</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>生活</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>居住</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>出行</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>就医</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>救助</translation>
    </message>
    <message>
        <source>Old age</source>
        <translation>养老</translation>
    </message>
    <message>
        <source>After death</source>
        <translation>身后</translation>
    </message>
    <message>
        <source>Market entry</source>
        <translation>市场准入</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>招聘用工</translation>
    </message>
    <message>
        <source>Tax and contributions</source>
        <translation>纳税缴费</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>经营</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>工程建设</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>注销退出</translation>
    </message>
    <message>
        <source>Annual key list</source>
        <translation>年度重点清单</translation>
    </message>
    <message>
        <source>Overall list</source>
        <translation>总体清单</translation>
    </message>
    <message>
        <source>Local list</source>
        <translation>本地清单</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Accepted · waiting for hand-off</source>
        <translation>已受理 · 待推送</translation>
    </message>
    <message>
        <source>Accepted · handing off…</source>
        <translation>已受理 · 正在推送…</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>Hand-off refused: %1</source>
        <translation>推送被拒收：%1</translation>
    </message>
    <message>
        <source>Returned for correction: %1</source>
        <translation>退回补正：%1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>一件事</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID / credit code</source>
        <translation>身份证号 / 信用代码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>The receipt could not be generated: %1</source>
        <translation>受理回执生成失败：%1</translation>
    </message>
    <message>
        <source>Receipt ready — use Print… above it.</source>
        <translation>受理回执已生成，请使用上方的“打印…”。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>正在生成受理回执…</translation>
    </message>
    <message>
        <source>Cases at this counter</source>
        <translation>本窗口办件</translation>
    </message>
    <message>
        <source>Search by case number, ID number (full or masked) or name…</source>
        <translation>按办件编号、身份证号（完整或脱敏）或姓名搜索…</translation>
    </message>
    <message>
        <source>&amp;Today, this counter</source>
        <translation>仅看本窗口今日办件(&amp;T)</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部办件</translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation>未完成的草稿</translation>
    </message>
    <message>
        <source>Waiting for hand-off</source>
        <translation>待推送</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被中心拒收</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>C&amp;ontinue draft</source>
        <translation>继续办理草稿(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;print receipt</source>
        <translation>补打回执(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>共 %n 个一件事</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle matches this search.</source>
        <translation>没有符合搜索条件的一件事。</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>个人：%1</translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Service catalog — 一件事 bundles</source>
        <translation>事项目录 — 一件事</translation>
    </message>
    <message>
        <source>&amp;Life stage:</source>
        <translation>生命周期阶段(&amp;L)：</translation>
    </message>
    <message>
        <source>Search: name, everyday words (生孩子), pinyin initials (xsecs)…</source>
        <translation>搜索：名称、口语说法（生孩子）、拼音首字母（xsecs）…</translation>
    </message>
    <message>
        <source>&amp;Start intake</source>
        <translation>开始受理(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <source>The catalog published as %1 calls itself %2.</source>
        <translation>以 %1 版发布的事项目录自称 %2 版。</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Not received</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>原件核验</translation>
    </message>
    <message>
        <source>Copy collected</source>
        <translation>复印件收取</translation>
    </message>
    <message>
        <source>Electronic licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Verified via shared data (no paper)</source>
        <translation>共享核验（免提交）</translation>
    </message>
    <message>
        <source>Written commitment (no paper)</source>
        <translation>告知承诺（免提交）</translation>
    </message>
    <message>
        <source>Missing, to follow (容缺)</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>Issued inside this bundle</source>
        <translation>本件事内部产生</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>e-licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>shared-data check</source>
        <translation>共享核验</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Obtained from: %1</source>
        <translation>获取途径：%1</translation>
    </message>
    <message>
        <source>authorised agent</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>whole bundle</source>
        <translation>本件事通用</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>由“%1”出具</translation>
    </message>
    <message>
        <source>may follow later</source>
        <translation>可容缺后补</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 前补交</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>用于事项</translation>
    </message>
    <message>
        <source>Accepted ways</source>
        <translation>可接受方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>--date must be a date YYYY-MM-DD, not %1.</source>
        <translation>--date 必须是 YYYY-MM-DD 格式的日期，不能是 %1。</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>必须指定 --out FILE.pdf。</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>may be out of date</source>
        <translation>可能已过时</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>信息项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>获取时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18 位，末位可为 X</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>yuan, e.g. 1200.50</source>
        <translation>单位：元，如 1200.50</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
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
        <source>Street, building, room</source>
        <translation>街道、楼栋、房号</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>From %1, obtained %2</source>
        <translation>来源：%1，获取于 %2</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>用于：%1</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>First missing (F8)</source>
        <translation>定位首个未填项（F8）</translation>
    </message>
    <message>
        <source>Confirm the prefilled values of this section</source>
        <translation>确认本部分的预填信息</translation>
    </message>
    <message>
        <source>All required fields are filled.</source>
        <translation>必填项已全部填写。</translation>
    </message>
    <message numerus="yes">
        <source>Still missing %n field(s): </source>
        <translation>
            <numerusform>尚有 %n 项未填写：</numerusform>
        </translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>from the ID number</source>
        <translation>身份证号码推算</translation>
    </message>
    <message>
        <source>earlier case</source>
        <translation>历史办件</translation>
    </message>
    <message>
        <source>shared data</source>
        <translation>共享数据</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>结果核验</translation>
    </message>
    <message>
        <source>e-certificate</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>系统计算</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Situation</source>
        <translation>办理情形</translation>
    </message>
    <message>
        <source>Answer with the applicant. Each answer changes at once which items, form fields and materials this case needs; the summary on the right shows what changed.</source>
        <translation>请与申请人逐项确认。每个回答都会即时改变本办件所需的事项、表单信息项和材料；右侧摘要会显示具体变化。</translation>
    </message>
    <message>
        <source>Someone applies on the applicant&apos;s behalf (代办) — adds the authorisation materials</source>
        <translation>由他人代为申请（代办）— 将增加授权委托材料</translation>
    </message>
    <message>
        <source>The applicant agrees that shared government data may be looked up for this case</source>
        <translation>申请人同意本办件查询使用政务共享数据</translation>
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
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>One window for the whole life event</source>
        <translation>一件事，一窗办</translation>
    </message>
    <message>
        <source>Tell the applicant everything once, fill one merged form, collect one set of materials, accept at this counter and hand the case to the departments through one network.</source>
        <translation>一次告知、一表申请、一套材料、一窗受理、一网办理：在本窗口一次办完一件事。</translation>
    </message>
    <message>
        <source>Hall %1 · Counter %2</source>
        <translation>大厅 %1 · %2 号窗口</translation>
    </message>
    <message>
        <source>Local data: %1</source>
        <translation>本机数据：%1</translation>
    </message>
    <message>
        <source>Today at this counter</source>
        <translation>本窗口今日</translation>
    </message>
    <message>
        <source>Needs you (any day)</source>
        <translation>待处理（不限日期）</translation>
    </message>
    <message>
        <source>accepted today</source>
        <translation>今日受理</translation>
    </message>
    <message>
        <source>handed off today</source>
        <translation>今日已推送</translation>
    </message>
    <message>
        <source>waiting for hand-off</source>
        <translation>待推送</translation>
    </message>
    <message>
        <source>open drafts</source>
        <translation>未完成的草稿</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>被中心拒收</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Start an &amp;intake…</source>
        <translation>开始受理(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Cannot start the intake</source>
        <translation>无法开始受理</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>无法打开草稿</translation>
    </message>
    <message>
        <source>No intake open — choose a bundle in the catalog</source>
        <translation>当前没有受理中的办件 — 请在事项目录中选择一件事</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Case number %1</source>
        <translation>办件编号 %1</translation>
    </message>
    <message>
        <source>Accepted %1. Promised completion by %2. The receipt is below; print it for the applicant.</source>
        <translation>已于 %1 受理，承诺于 %2 前办结。受理回执见下方，请打印后交给申请人。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Draft · saved %1</source>
        <translation>草稿 · 已于 %1 保存</translation>
    </message>
    <message>
        <source>When the summary says &quot;Ready to accept&quot;, accept the case (Ctrl+Enter). Missing non-key materials can follow later (容缺) with a due date on the receipt.</source>
        <translation>摘要显示“可以受理”后，即可受理本办件（Ctrl+Enter）。缺少的非关键材料可容缺后补，补交期限将写在受理回执上。</translation>
    </message>
    <message>
        <source>Not accepted yet</source>
        <translation>暂不能受理</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文书…</translation>
    </message>
    <message>
        <source>The document could not be generated: %1</source>
        <translation>文书生成失败：%1</translation>
    </message>
    <message>
        <source>One-time notification (一次告知单)</source>
        <translation>一次告知单</translation>
    </message>
    <message>
        <source>Acceptance receipt (受理回执)</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Correction notice (补正告知书)</source>
        <translation>补正告知书</translation>
    </message>
    <message>
        <source>%1 — saved as %2. Use Print… above the preview.</source>
        <translation>%1 — 已保存为 %2。请使用预览上方的“打印…”。</translation>
    </message>
    <message>
        <source>Close the intake</source>
        <translation>关闭受理</translation>
    </message>
    <message>
        <source>Keep this draft to continue later? Choose No to discard it.</source>
        <translation>是否保留此草稿，以便稍后继续办理？选择“否”将丢弃该草稿。</translation>
    </message>
    <message>
        <source>&amp;1 Situation</source>
        <translation>&amp;1 办理情形</translation>
    </message>
    <message>
        <source>&amp;2 Form</source>
        <translation>&amp;2 一表申请</translation>
    </message>
    <message>
        <source>&amp;3 Materials</source>
        <translation>&amp;3 材料清单</translation>
    </message>
    <message>
        <source>&amp;4 Acceptance</source>
        <translation>&amp;4 受理</translation>
    </message>
    <message>
        <source>One-time &amp;notification</source>
        <translation>一次告知单(&amp;N)</translation>
    </message>
    <message>
        <source>Everything the applicant needs for this situation, printable before any data is entered</source>
        <translation>列出申请人在当前办理情形下所需的全部内容，录入任何信息前即可打印</translation>
    </message>
    <message>
        <source>Co&amp;rrection notice</source>
        <translation>补正告知书(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;ceipt</source>
        <translation>受理回执(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accept case</source>
        <translation>确认受理(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>%1 — it could not be saved (%2). Use Print… above the preview.</source>
        <translation>%1 — 未能保存（%2）。请使用预览上方的“打印…”。</translation>
    </message>
</context>
<context>
    <name>IntakeSession</name>
    <message>
        <source>There is no bundle %1 in the catalog.</source>
        <translation>事项目录中没有一件事 %1。</translation>
    </message>
    <message>
        <source>The draft&apos;s bundle %1 is not in the current catalog.</source>
        <translation>草稿所属的一件事 %1 不在当前事项目录中。</translation>
    </message>
    <message>
        <source>Start an intake first.</source>
        <translation>请先开始受理。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 is a key material and cannot be accepted as missing.</source>
        <translation>%1为关键材料，不能容缺受理。</translation>
    </message>
    <message>
        <source>%1: set the date by which it will be supplied.</source>
        <translation>%1：请设定补交期限。</translation>
    </message>
    <message>
        <source>%1 has not been received.</source>
        <translation>%1尚未提交。</translation>
    </message>
    <message numerus="yes">
        <source>The case cannot be accepted yet: %n problem(s) remain.</source>
        <translation>
            <numerusform>暂不能受理：还有 %n 个问题未解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>This workstation cannot accept cases (no hand-off is set up).</source>
        <translation>本工作站无法受理办件（未设置推送）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>◐ Connecting…</source>
        <translation>◐ 正在连接…</translation>
    </message>
    <message>
        <source>○ Offline — cases are kept locally</source>
        <translation>○ 离线 — 办件暂存本机</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for hand-off: %n case(s)</source>
        <translation>
            <numerusform>待推送：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Catalog %1</source>
        <translation>目录 %1</translation>
    </message>
    <message>
        <source>OneWindow — one-window intake workbench</source>
        <translation>一窗通办 — 综合窗口受理工作台</translation>
    </message>
    <message>
        <source>OneWindow · one window for the whole life event</source>
        <translation>一窗通办 · 一件事一窗办</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation>窗口受理人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>后台审核</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Sign in to the server…</source>
        <translation>登录中心服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>字号(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>字号(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <source>Attach scans or files</source>
        <translation>添加扫描件或文件</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>PDF 和图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Select the material the file belongs to first.</source>
        <translation>请先选择该文件所属的材料。</translation>
    </message>
    <message>
        <source>&amp;Received as:</source>
        <translation>接收方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>补交期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Drop scans here, or let the scanner save into %1.</source>
        <translation>将扫描件拖放到此处，或让扫描仪保存到 %1。</translation>
    </message>
    <message>
        <source>the scanner folder</source>
        <translation>扫描仪文件夹</translation>
    </message>
    <message>
        <source>Select an attached file to preview it here.</source>
        <translation>选择已添加的文件，即可在此预览。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>找到 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>无文档</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <source>Search in the document…</source>
        <translation>在文档中搜索…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>Documents can only be laid out in a program that runs a QGuiApplication.</source>
        <translation>只有运行 QGuiApplication 的程序才能排版文书。</translation>
    </message>
    <message>
        <source>No font with Chinese characters is installed (e.g. fonts-wqy-microhei), so the document cannot be printed in Chinese.</source>
        <translation>未安装含中文字符的字体（如 fonts-wqy-microhei），无法以中文打印文书。</translation>
    </message>
    <message>
        <source>The document could not be written.</source>
        <translation>无法写入文书。</translation>
    </message>
    <message>
        <source>The PDF writer could not start a page.</source>
        <translation>PDF 写入器无法开始新的一页。</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>无法完成 PDF 文件。</translation>
    </message>
</context>
<context>
    <name>PrefillEngine</name>
    <message>
        <source>This card (%1) is not the one of the ID number already entered for this person (%2); nothing was filled from it.</source>
        <translation>此身份证（%1）与该人员已录入的身份证号码（%2）不一致，未据此预填任何信息。</translation>
    </message>
    <message>
        <source>Past cases could not be read: %1</source>
        <translation>无法读取历史办件：%1</translation>
    </message>
    <message>
        <source>No earlier case of this person or enterprise.</source>
        <translation>该人员或企业没有历史办件。</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>当前没有打开的办件。</translation>
    </message>
    <message>
        <source>Shared data and verifications are used only for a case in progress; nothing was looked up.</source>
        <translation>共享数据和结果核验仅用于办理中的办件，未进行查询。</translation>
    </message>
    <message>
        <source>The applicant&apos;s consent to use shared government data is not recorded on this case; nothing was looked up.</source>
        <translation>本办件未记录申请人同意使用政务共享数据，未进行查询。</translation>
    </message>
    <message>
        <source>No central server is configured. Shared data and verification are unavailable.</source>
        <translation>未配置中心服务器，无法使用共享数据和结果核验。</translation>
    </message>
    <message>
        <source>The look-up could not be recorded locally, so it was not made: %1</source>
        <translation>无法在本机记录本次查询，因此未执行查询：%1</translation>
    </message>
    <message>
        <source>The verification could not be recorded locally, so it was not asked: %1</source>
        <translation>无法在本机记录本次核验，因此未发起核验：%1</translation>
    </message>
    <message>
        <source>The verification for %1 could not be done: %2</source>
        <translation>%1的核验未能完成：%2</translation>
    </message>
    <message>
        <source>The central server&apos;s answer for %1 is no: it must be presented.</source>
        <translation>中心服务器对%1的核验结果为“否”：须提交该材料。</translation>
    </message>
</context>
<context>
    <name>PrefillPanel</name>
    <message>
        <source>The card could not be read: %1</source>
        <translation>读卡失败：%1</translation>
    </message>
    <message>
        <source>Read an ID card record</source>
        <translation>读取身份证记录文件</translation>
    </message>
    <message>
        <source>Card records (*.json)</source>
        <translation>身份证记录 (*.json)</translation>
    </message>
    <message>
        <source>A card was read, but no intake with an ID field is open.</source>
        <translation>已读卡，但当前没有打开含身份证号码信息项的受理。</translation>
    </message>
    <message numerus="yes">
        <source>Card of %1 (%2) read for %3: %n field(s) filled.</source>
        <translation>
            <numerusform>已读取 %1（%2）的身份证，用于%3：已填写 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>working…</source>
        <translation>处理中…</translation>
    </message>
    <message numerus="yes">
        <source>%n filled</source>
        <translation>
            <numerusform>已填 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where sources disagree — pick the right value:</source>
        <translation>
            <numerusform>%n 项信息的来源不一致 — 请选择正确的值：</numerusform>
        </translation>
    </message>
    <message>
        <source>ID &amp;card for:</source>
        <translation>读卡对象(&amp;C)：</translation>
    </message>
    <message>
        <source>Read card &amp;file…</source>
        <translation>读取身份证文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Swipe a card on the reader, or read a card record file</source>
        <translation>将身份证放在读卡器上，或读取身份证记录文件</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>采用此值(&amp;U)</translation>
    </message>
    <message>
        <source>Waiting for a card on the reader.</source>
        <translation>等待读卡器读卡。</translation>
    </message>
</context>
<context>
    <name>RegisterClient</name>
    <message>
        <source>The central server could not be reached (%1). Shared data and verification are unavailable for now; the other prefill sources still work.</source>
        <translation>无法连接中心服务器（%1）。共享数据和结果核验暂不可用，其他预填来源仍可正常使用。</translation>
    </message>
    <message>
        <source>The workbench is not signed in to the central server, or the session has expired. Sign in again to use shared data and verification.</source>
        <translation>工作台未登录中心服务器，或登录已过期。请重新登录后再使用共享数据和结果核验。</translation>
    </message>
    <message>
        <source>No central server is configured. Shared data and verification are unavailable.</source>
        <translation>未配置中心服务器，无法使用共享数据和结果核验。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the central server</source>
        <translation>登录中心服务器</translation>
    </message>
    <message>
        <source>No server is configured; cases stay at this counter.</source>
        <translation>未配置服务器，办件仅保存在本窗口。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>&amp;Staff account:</source>
        <translation>工作人员账号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SimulatedCardReader</name>
    <message>
        <source>Simulated card reader on %1</source>
        <translation>模拟读卡器（%1）</translation>
    </message>
    <message>
        <source>Simulated card reader (files)</source>
        <translation>模拟读卡器（文件）</translation>
    </message>
    <message>
        <source>The ID card could not be used: the card file %1 cannot be read (%2).</source>
        <translation>身份证无法使用：无法读取身份证文件 %1（%2）。</translation>
    </message>
    <message>
        <source>The ID card could not be used: the card file %1 is too large.</source>
        <translation>身份证无法使用：身份证文件 %1 过大。</translation>
    </message>
    <message>
        <source>The simulated card reader cannot listen on %1: %2</source>
        <translation>模拟读卡器无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>The ID card could not be used: the card message is larger than %1 bytes.</source>
        <translation>身份证无法使用：读卡消息超过 %1 字节。</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>This case</source>
        <translation>本办件</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>事项（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n form field(s), each asked once</source>
        <translation>
            <numerusform>表单信息 %n 项，每项只填一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) to collect</source>
        <translation>
            <numerusform>需收取材料 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issued inside the bundle, not asked for</source>
        <translation>
            <numerusform>%n 项材料由本件事内部产生，无需提交</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised within %n working day(s)</source>
        <translation>
            <numerusform>承诺 %n 个工作日内办结</numerusform>
        </translation>
    </message>
    <message>
        <source>+ items: %1</source>
        <translation>+ 事项：%1</translation>
    </message>
    <message>
        <source>− items: %1</source>
        <translation>− 事项：%1</translation>
    </message>
    <message>
        <source>+ materials: %1</source>
        <translation>+ 材料：%1</translation>
    </message>
    <message>
        <source>− materials: %1</source>
        <translation>− 材料：%1</translation>
    </message>
    <message>
        <source>form: +%1 / −%2 field(s)</source>
        <translation>表单：+%1 / −%2 项</translation>
    </message>
    <message>
        <source>The last answer changed:</source>
        <translation>上一个回答带来的变化：</translation>
    </message>
    <message>
        <source>Ready to accept.</source>
        <translation>可以受理。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still stop acceptance:</source>
        <translation>
            <numerusform>还有 %n 个问题影响受理：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>No central server is configured.</source>
        <translation>未配置中心服务器。</translation>
    </message>
    <message>
        <source>a receipt for another case</source>
        <translation>返回了另一办件的回执</translation>
    </message>
    <message>
        <source>the status of another file</source>
        <translation>返回了另一文件的状态</translation>
    </message>
    <message>
        <source>the catalog does not match its hash</source>
        <translation>目录内容与其哈希值不符</translation>
    </message>
    <message>
        <source>The attached file %1 can no longer be read as it was accepted.</source>
        <translation>附件 %1 已无法按受理时的内容读取。</translation>
    </message>
    <message>
        <source>The attached file %1 could not be read.</source>
        <translation>无法读取附件 %1。</translation>
    </message>
    <message>
        <source>The upload of %1 does not progress.</source>
        <translation>附件 %1 的上传停滞不前。</translation>
    </message>
    <message>
        <source>The hand-off of this case is not a valid submission: %1</source>
        <translation>本办件的推送数据不是有效的提交：%1</translation>
    </message>
    <message>
        <source>The hand-off of this case names another case (%1).</source>
        <translation>本办件的推送数据指向了另一办件（%1）。</translation>
    </message>
    <message>
        <source>The workbench is not signed in to the central server.</source>
        <translation>工作台未登录中心服务器。</translation>
    </message>
    <message>
        <source>The file %1 of this case cannot be sent: %2</source>
        <translation>无法发送本办件的文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The server is still missing %n file(s) of this case.</source>
        <translation>
            <numerusform>服务器仍缺少本办件的 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The central server refused the request (%1): %2; it is tried again later.</source>
        <translation>中心服务器拒绝了请求（%1）：%2；稍后将自动重试。</translation>
    </message>
    <message>
        <source>The central server sent an answer that could not be understood (%1).</source>
        <translation>中心服务器返回的应答无法识别（%1）。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>The central server did not answer in time (%1 s).</source>
        <translation>中心服务器未在规定时间内响应（%1 秒）。</translation>
    </message>
    <message>
        <source>The central server could not be reached: %1</source>
        <translation>无法连接中心服务器：%1</translation>
    </message>
    <message>
        <source>The central server did not accept the sign-in: %1</source>
        <translation>中心服务器未接受登录：%1</translation>
    </message>
    <message>
        <source>The central server could not handle the request now (HTTP %1).</source>
        <translation>中心服务器暂时无法处理请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The file %1 of this case cannot be sent.</source>
        <translation>本办件的文件 %1 无法推送。</translation>
    </message>
</context>
<context>
    <name>ow::catalog</name>
    <message>
        <source>A bundle needs at least one item.</source>
        <translation>一件事至少需要包含一个事项。</translation>
    </message>
    <message>
        <source>Required key &quot;%1&quot; is missing.</source>
        <translation>缺少必需的键 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>(%1 more problems; `onewindow-cli catalog lint` lists them all.)</source>
        <translation>（另有 %1 个问题；`onewindow-cli catalog lint` 可列出全部问题。）</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>The catalog folder has no %1.</source>
        <translation>目录文件夹中没有 %1。</translation>
    </message>
    <message>
        <source>%1 must hold an array &quot;%2&quot;.</source>
        <translation>%1 中必须包含数组 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 must hold an array &quot;items&quot;.</source>
        <translation>%1 中必须包含数组 &quot;items&quot;。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>%1 must contain a JSON object.</source>
        <translation>%1 必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong in catalog.json; it has its own file.</source>
        <translation>&quot;%1&quot; 不应写在 catalog.json 中，它有单独的文件。</translation>
    </message>
    <message>
        <source>No catalog file or folder at %1.</source>
        <translation>%1 处没有目录文件或文件夹。</translation>
    </message>
    <message>
        <source>Catalog format version %1 is not supported; this program reads version 1.</source>
        <translation>不支持目录格式版本 %1；本程序只能读取版本 1。</translation>
    </message>
    <message>
        <source>A material needs at least one way to satisfy it.</source>
        <translation>每项材料至少需要一种可接受方式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known way; expected one of: %2.</source>
        <translation>&quot;%1&quot; 不是已知的可接受方式；应为以下之一：%2。</translation>
    </message>
    <message>
        <source>A field reference must be a field id or an object {&quot;id&quot;, &quot;when&quot;, &quot;required&quot;}, not %1.</source>
        <translation>字段引用必须是字段 id 或对象 {&quot;id&quot;, &quot;when&quot;, &quot;required&quot;}，不能是 %1。</translation>
    </message>
    <message>
        <source>A material reference must be a material id or an object {&quot;id&quot;, &quot;reason&quot;, &quot;when&quot;}, not %1.</source>
        <translation>材料引用必须是材料 id 或对象 {&quot;id&quot;, &quot;reason&quot;, &quot;when&quot;}，不能是 %1。</translation>
    </message>
    <message>
        <source>&quot;calendar&quot; must be an object, not %1.</source>
        <translation>&quot;calendar&quot; 必须是对象，不能是 %1。</translation>
    </message>
    <message>
        <source>Catalog version %1 (%2) is not in the local store.</source>
        <translation>本地库中没有目录版本 %1（%2）。</translation>
    </message>
    <message>
        <source>The local store holds no catalog.</source>
        <translation>本地库中没有任何目录。</translation>
    </message>
    <message>
        <source>The stored catalog %1 does not match its content hash.</source>
        <translation>已保存的目录 %1 与其内容哈希值不符。</translation>
    </message>
    <message>
        <source>Catalog %1 was not imported because it has errors: %2</source>
        <translation>目录 %1 存在错误，未导入：%2</translation>
    </message>
    <message>
        <source>Catalog version %1 was not imported: the local store already has version %2. Only a newer version can be imported.</source>
        <translation>未导入目录版本 %1：本地库中已有版本 %2。只能导入更新的版本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2.</source>
        <translation>&quot;%1&quot; 必须是字符串，不能是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>&quot;%1&quot; 不能为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0, not %2.</source>
        <translation>&quot;%1&quot; 必须是不小于 0 的整数，不能是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of at least 0, not %2.</source>
        <translation>&quot;%1&quot; 必须是不小于 0 的数字，不能是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not %2.</source>
        <translation>&quot;%1&quot; 必须是 true 或 false，不能是 %2。</translation>
    </message>
    <message>
        <source>A text must be an object {&quot;zh&quot;: …, &quot;en&quot;: …}, not %1.</source>
        <translation>文本必须是对象 {&quot;zh&quot;: …, &quot;en&quot;: …}，不能是 %1。</translation>
    </message>
    <message>
        <source>The Chinese text &quot;zh&quot; must not be empty.</source>
        <translation>中文文本 &quot;zh&quot; 不能为空。</translation>
    </message>
    <message>
        <source>Entries of &quot;%1&quot; must be non-empty strings, not %2.</source>
        <translation>&quot;%1&quot; 的各项必须是非空字符串，不能是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array, not %2.</source>
        <translation>&quot;%1&quot; 必须是数组，不能是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object, not %2.</source>
        <translation>&quot;%1&quot; 必须是对象，不能是 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value of &quot;%2&quot;; expected one of: %3.</source>
        <translation>&quot;%1&quot; 不是 &quot;%2&quot; 的已知取值；应为以下之一：%3。</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 必须是对象，不能是 %2。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; is ignored (known keys: %2).</source>
        <translation>已忽略未知键 &quot;%1&quot;（已知键：%2）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is defined more than once.</source>
        <translation>%1 &quot;%2&quot; 重复定义。</translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; is invalid: %2.</source>
        <translation>正则表达式 &quot;%1&quot; 无效：%2。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not in the data dictionary (fields.json).</source>
        <translation>字段 &quot;%1&quot; 不在数据字典（fields.json）中。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is listed twice.</source>
        <translation>字段 &quot;%1&quot; 重复列出。</translation>
    </message>
    <message>
        <source>Material &quot;%1&quot; is not in the material dictionary (materials.json).</source>
        <translation>材料 &quot;%1&quot; 不在材料字典（materials.json）中。</translation>
    </message>
    <message>
        <source>Department &quot;%1&quot; is not in catalog.json &quot;departments&quot;.</source>
        <translation>部门 &quot;%1&quot; 不在 catalog.json 的 &quot;departments&quot; 中。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>一件事</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is not in catalog.json &quot;sections&quot;.</source>
        <translation>部分 &quot;%1&quot; 不在 catalog.json 的 &quot;sections&quot; 中。</translation>
    </message>
    <message>
        <source>Field id &quot;%1&quot; should start with its section &quot;%2.&quot;.</source>
        <translation>字段 id &quot;%1&quot; 应以其所属部分 &quot;%2.&quot; 开头。</translation>
    </message>
    <message>
        <source>Enumeration field &quot;%1&quot; has no options.</source>
        <translation>枚举字段 &quot;%1&quot; 没有选项。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not an enum; its options are ignored.</source>
        <translation>字段 &quot;%1&quot; 不是枚举类型，其选项将被忽略。</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Material id &quot;%1&quot; should be docType.subject (&quot;%2.%3&quot;).</source>
        <translation>材料 id &quot;%1&quot; 应为 docType.subject 形式（&quot;%2.%3&quot;）。</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is not in the item dictionary (items/*.json).</source>
        <translation>事项 &quot;%1&quot; 不在事项字典（items/*.json）中。</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; promises %2 working days, more than its legal limit of %3.</source>
        <translation>事项 &quot;%1&quot; 承诺 %2 个工作日办结，超过了其法定时限 %3 个工作日。</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; is in no bundle.</source>
        <translation>事项 &quot;%1&quot; 未归入任何一件事。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>情形问题</translation>
    </message>
    <message>
        <source>Choice question &quot;%1&quot; has no options.</source>
        <translation>选择类问题 &quot;%1&quot; 没有选项。</translation>
    </message>
    <message>
        <source>The default of question &quot;%1&quot; does not fit its type &quot;%2&quot;.</source>
        <translation>问题 &quot;%1&quot; 的默认值与其类型 &quot;%2&quot; 不符。</translation>
    </message>
    <message>
        <source>Feed item &quot;%1&quot; is not an item of bundle %2.</source>
        <translation>材料流转中的事项 &quot;%1&quot; 不属于一件事 %2。</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; does not produce &quot;%2&quot; (see its &quot;produces&quot;), so it cannot feed it.</source>
        <translation>事项 &quot;%1&quot; 不产出 &quot;%2&quot;（见其 &quot;produces&quot;），因此不能提供该材料。</translation>
    </message>
    <message>
        <source>Bundle item</source>
        <translation>一件事所含事项</translation>
    </message>
    <message>
        <source>Department &quot;%1&quot; of item &quot;%2&quot; is not among the bundle&apos;s departments.</source>
        <translation>事项 &quot;%2&quot; 的部门 &quot;%1&quot; 不在该一件事的部门列表中。</translation>
    </message>
    <message>
        <source>Material &quot;%1&quot; is a key material and can never be missing under 容缺受理.</source>
        <translation>材料 &quot;%1&quot; 是关键材料，任何情况下都不能容缺受理。</translation>
    </message>
    <message>
        <source>Bundle %1 lists tolerance materials but does not allow 容缺受理.</source>
        <translation>一件事 %1 列出了容缺材料，但不允许容缺受理。</translation>
    </message>
    <message>
        <source>Item dependencies form a cycle: %1.</source>
        <translation>事项之间存在循环依赖：%1。</translation>
    </message>
    <message>
        <source>Invalid rule: %1</source>
        <translation>规则无效：%1</translation>
    </message>
    <message>
        <source>The rule reads &quot;%1&quot;; rule data has only answers, proxy, applicantKind, fields and today.</source>
        <translation>规则读取了 &quot;%1&quot;；规则数据只包含 answers、proxy、applicantKind、fields 和 today。</translation>
    </message>
    <message>
        <source>The rule reads &quot;%1&quot; but no bundle using it asks question &quot;%2&quot;.</source>
        <translation>规则读取了 &quot;%1&quot;，但使用该规则的一件事都没有问题 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>The rule reads &quot;%1&quot; but there is no field &quot;%2&quot; in fields.json.</source>
        <translation>规则读取了 &quot;%1&quot;，但 fields.json 中没有字段 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>No rule reads question &quot;%1&quot; of bundle %2; the clerk would ask it for nothing.</source>
        <translation>没有规则读取一件事 %2 的问题 &quot;%1&quot;；窗口人员询问该问题没有任何作用。</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; (%2) must be %3.</source>
        <translation>问题 &quot;%1&quot;（%2）的回答必须是%3。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值（true 或 false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; in bundle %2 must be one of: %3.</source>
        <translation>一件事 %2 中问题 &quot;%1&quot; 的回答必须是以下之一：%3。</translation>
    </message>
    <message>
        <source>The catalog has no field &quot;%1&quot;.</source>
        <translation>目录中没有字段 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The catalog has no material &quot;%1&quot;.</source>
        <translation>目录中没有材料 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>A rule of bundle %1 failed: %2</source>
        <translation>一件事 %1 的规则执行失败：%2</translation>
    </message>
    <message>
        <source>The catalog has no item &quot;%1&quot;.</source>
        <translation>目录中没有事项 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Bundle %1 has no question &quot;%2&quot;.</source>
        <translation>一件事 %1 中没有问题 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Catalog %1 has no bundle &quot;%2&quot;.</source>
        <translation>目录 %1 中没有一件事 &quot;%2&quot;。</translation>
    </message>
</context>
<context>
    <name>ow::cli</name>
    <message>
        <source>usage: catalog lint [FILE_OR_DIR]</source>
        <translation>用法：catalog lint [FILE_OR_DIR]</translation>
    </message>
    <message>
        <source>usage: catalog show BUNDLE_CODE [--answers JSON] [--fields JSON] [--proxy] [--today YYYY-MM-DD] [--lang zh|en] [--catalog PATH | --data-dir DIR]</source>
        <translation>用法：catalog show BUNDLE_CODE [--answers JSON] [--fields JSON] [--proxy] [--today YYYY-MM-DD] [--lang zh|en] [--catalog PATH | --data-dir DIR]</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 不是 JSON 对象（%2）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>--today must be a date YYYY-MM-DD, not %1.</source>
        <translation>--today 必须是 YYYY-MM-DD 格式的日期，不能是 %1。</translation>
    </message>
    <message>
        <source>Known bundles: %1.</source>
        <translation>已有的一件事：%1。</translation>
    </message>
    <message>
        <source>usage: catalog list [--catalog PATH | --data-dir DIR] [--lang zh|en]</source>
        <translation>用法：catalog list [--catalog PATH | --data-dir DIR] [--lang zh|en]</translation>
    </message>
    <message>
        <source>usage: catalog import FILE_OR_DIR --data-dir DIR</source>
        <translation>用法：catalog import FILE_OR_DIR --data-dir DIR</translation>
    </message>
    <message>
        <source>usage: catalog versions --data-dir DIR</source>
        <translation>用法：catalog versions --data-dir DIR</translation>
    </message>
    <message>
        <source>usage: catalog lint [FILE_OR_DIR] | show BUNDLE_CODE [--answers JSON] [--proxy] | list | import FILE_OR_DIR --data-dir DIR | versions --data-dir DIR</source>
        <translation>用法：catalog lint [FILE_OR_DIR] | show BUNDLE_CODE [--answers JSON] [--proxy] | list | import FILE_OR_DIR --data-dir DIR | versions --data-dir DIR</translation>
    </message>
    <message>
        <source>--today needs a date such as 2026-11-28.</source>
        <translation>--today 需要一个日期，例如 2026-11-28。</translation>
    </message>
    <message>
        <source>usage: onewindow-cli id check NUMBER [--today DATE]</source>
        <translation>用法：onewindow-cli id check NUMBER [--today DATE]</translation>
    </message>
    <message>
        <source>id check needs exactly one ID number.</source>
        <translation>id check 只接受一个身份证号码。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 不是有效的 JSON（偏移量 %2）：%3</translation>
    </message>
    <message>
        <source>%1 must be exactly one JSON value.</source>
        <translation>%1 必须恰好是一个 JSON 值。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>at the root of the rule</source>
        <translation>位于规则根部</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--today needs a date in the form YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期，不能是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1: %2 (at %3)</source>
        <translation>%1：%2（位于 %3）</translation>
    </message>
    <message>
        <source>Missing subcommand.</source>
        <translation>缺少子命令。</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation>未知的子命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 必须是正整数。</translation>
    </message>
    <message>
        <source>usage: onewindow-cli search QUERY [--limit N] [--catalog PATH]</source>
        <translation>用法：onewindow-cli search QUERY [--limit N] [--catalog PATH]</translation>
    </message>
    <message>
        <source>Cannot load the catalog: %1 (%2)</source>
        <translation>无法加载目录：%1（%2）</translation>
    </message>
    <message>
        <source>--data-dir DIR is required.</source>
        <translation>必须指定 --data-dir DIR。</translation>
    </message>
    <message>
        <source>--timeout-ms, --backoff-initial-ms, --backoff-max-ms, --chunk-bytes, --feed-interval-ms and --max-seconds take whole numbers in their range.</source>
        <translation>--timeout-ms、--backoff-initial-ms、--backoff-max-ms、--chunk-bytes、--feed-interval-ms 和 --max-seconds 必须是各自取值范围内的整数。</translation>
    </message>
    <message>
        <source>unknown argument: %1</source>
        <translation>未知参数：%1</translation>
    </message>
    <message>
        <source>--server-url must be a URL like http://127.0.0.1:8080.</source>
        <translation>--server-url 必须是形如 http://127.0.0.1:8080 的 URL。</translation>
    </message>
    <message>
        <source>usage: sync status --data-dir DIR [--limit N]</source>
        <translation>用法：sync status --data-dir DIR [--limit N]</translation>
    </message>
    <message>
        <source>cannot read the outbox</source>
        <translation>无法读取待推送队列</translation>
    </message>
    <message>
        <source>usage: sync requeue --data-dir DIR CASE_UUID</source>
        <translation>用法：sync requeue --data-dir DIR CASE_UUID</translation>
    </message>
    <message>
        <source>no rejected hand-off for case %1</source>
        <translation>办件 %1 没有被拒收的推送</translation>
    </message>
    <message>
        <source>usage: sync run --data-dir DIR --server-url URL [--user U --password P] [--until-empty] [--once] [--timeout-ms N] [--backoff-initial-ms N] [--backoff-max-ms N] [--chunk-bytes N] [--feed-interval-ms N] [--max-seconds N]
       sync status --data-dir DIR [--limit N]
       sync requeue --data-dir DIR CASE_UUID</source>
        <translation>用法：sync run --data-dir DIR --server-url URL [--user U --password P] [--until-empty] [--once] [--timeout-ms N] [--backoff-initial-ms N] [--backoff-max-ms N] [--chunk-bytes N] [--feed-interval-ms N] [--max-seconds N]
      sync status --data-dir DIR [--limit N]
      sync requeue --data-dir DIR CASE_UUID</translation>
    </message>
    <message>
        <source>usage: onewindow-cli uscc check CODE</source>
        <translation>用法：onewindow-cli uscc check CODE</translation>
    </message>
    <message>
        <source>uscc check needs exactly one code.</source>
        <translation>uscc check 只接受一个统一社会信用代码。</translation>
    </message>
</context>
<context>
    <name>ow::documents</name>
    <message>
        <source>The plan names no bundle.</source>
        <translation>办理方案中未指定一件事。</translation>
    </message>
    <message>
        <source>The case has nothing to correct: every field and material is in order.</source>
        <translation>本办件无需补正：所有信息和材料均已齐备。</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be read back (error %2).</source>
        <translation>无法回读 PDF 文件 %1（错误 %2）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file.</source>
        <translation>无法创建临时文件。</translation>
    </message>
    <message>
        <source>A QR code needs some text to encode.</source>
        <translation>生成二维码需要提供待编码的文本。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>文本过长，无法生成二维码（%1 字节）。</translation>
    </message>
    <message>
        <source>The QR code could not be encoded.</source>
        <translation>二维码编码失败。</translation>
    </message>
    <message>
        <source>A receipt can only be printed for an accepted case.</source>
        <translation>只有已受理的办件才能打印受理回执。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>ow::intake</name>
    <message>
        <source>No case %1 in the local store.</source>
        <translation>本地库中没有办件 %1。</translation>
    </message>
    <message>
        <source>This case was already accepted.</source>
        <translation>该办件已受理。</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期。</translation>
    </message>
    <message>
        <source>The date is before 1900.</source>
        <translation>日期早于 1900 年。</translation>
    </message>
    <message>
        <source>The date is too far in the future.</source>
        <translation>日期过于靠后。</translation>
    </message>
    <message>
        <source>Choose the province, city and county.</source>
        <translation>请选择省、市、区/县。</translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation>请填写详细地址。</translation>
    </message>
    <message>
        <source>At most %n characters.</source>
        <translation>最多 %n 个字符。</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <source>Enter a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>请按 YYYY-MM-DD HH:MM 格式输入日期和时间。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>The format is not right.</source>
        <translation>格式不正确。</translation>
    </message>
</context>
<context>
    <name>ow::net</name>
    <message>
        <source>The case belongs to another hall; this account may not hand it over.</source>
        <translation>该办件属于其他大厅，本账号无权推送。</translation>
    </message>
    <message>
        <source>This account may not do this on the central server.</source>
        <translation>本账号无权在中心服务器上执行此操作。</translation>
    </message>
    <message>
        <source>The central server does not offer this request; it may need an update.</source>
        <translation>中心服务器不支持此请求，可能需要升级。</translation>
    </message>
    <message>
        <source>The request is larger than the central server accepts.</source>
        <translation>请求超出了中心服务器允许的大小。</translation>
    </message>
    <message>
        <source>The central server could not take the request as it was sent.</source>
        <translation>中心服务器无法按所发送的内容处理该请求。</translation>
    </message>
    <message>
        <source>The central server could not read the data sent.</source>
        <translation>中心服务器无法读取所发送的数据。</translation>
    </message>
    <message>
        <source>The central server did not accept the data: %1 is missing.</source>
        <translation>中心服务器未接受数据：缺少 %1。</translation>
    </message>
    <message>
        <source>The central server did not accept the data: %1 has the wrong form.</source>
        <translation>中心服务器未接受数据：%1 的格式不对。</translation>
    </message>
    <message>
        <source>The central server did not accept the data: it does not know %1.</source>
        <translation>中心服务器未接受数据：无法识别 %1。</translation>
    </message>
    <message>
        <source>The central server did not accept the data: %1 is not valid.</source>
        <translation>中心服务器未接受数据：%1 无效。</translation>
    </message>
    <message>
        <source>The central server has no such case.</source>
        <translation>中心服务器上没有该办件。</translation>
    </message>
    <message>
        <source>The central server already holds this case with different content; it was not sent again.</source>
        <translation>中心服务器上已有该办件，但内容不同；未再次推送。</translation>
    </message>
    <message>
        <source>The case&apos;s identifier does not match its content.</source>
        <translation>办件标识与其内容不符。</translation>
    </message>
    <message>
        <source>The case cannot change to that state on the central server.</source>
        <translation>该办件在中心服务器上不能变更为该状态。</translation>
    </message>
    <message>
        <source>The case is not complete on the central server.</source>
        <translation>该办件在中心服务器上尚不完整。</translation>
    </message>
    <message>
        <source>The central server is still missing files of this case; they are sent again.</source>
        <translation>中心服务器仍缺少本办件的部分文件，将重新推送。</translation>
    </message>
    <message>
        <source>A file upload was interrupted; it is sent again.</source>
        <translation>文件上传中断，将重新推送。</translation>
    </message>
    <message>
        <source>A file arrived damaged at the central server; it is sent again.</source>
        <translation>文件送达中心服务器时已损坏，将重新推送。</translation>
    </message>
    <message>
        <source>The central server refused a file of this case.</source>
        <translation>中心服务器拒收了本办件的一个文件。</translation>
    </message>
    <message>
        <source>The central server does not have this file.</source>
        <translation>中心服务器上没有该文件。</translation>
    </message>
    <message>
        <source>A file of this case is larger than the central server accepts.</source>
        <translation>本办件的一个文件超出了中心服务器允许的大小。</translation>
    </message>
    <message>
        <source>No catalog has been published on the central server yet.</source>
        <translation>中心服务器尚未发布事项目录。</translation>
    </message>
    <message>
        <source>The central server has no catalog of this version.</source>
        <translation>中心服务器上没有该版本的事项目录。</translation>
    </message>
    <message>
        <source>The central server refused the catalog.</source>
        <translation>中心服务器拒收了该事项目录。</translation>
    </message>
    <message>
        <source>The central server already has another catalog of this version.</source>
        <translation>中心服务器上已有同一版本号的其他事项目录。</translation>
    </message>
    <message>
        <source>The register has no entry for this number.</source>
        <translation>登记信息中没有该号码的记录。</translation>
    </message>
    <message>
        <source>The central server needs the applicant&apos;s consent to use shared data.</source>
        <translation>使用共享数据须经申请人同意，中心服务器未收到同意记录。</translation>
    </message>
    <message>
        <source>The central server could not handle the request now; it is tried again.</source>
        <translation>中心服务器暂时无法处理请求，将自动重试。</translation>
    </message>
</context>
<context>
    <name>ow::prefill</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Past case</source>
        <translation>历史办件</translation>
    </message>
    <message>
        <source>Shared government data</source>
        <translation>政务共享数据</translation>
    </message>
    <message>
        <source>Result verification</source>
        <translation>结果核验</translation>
    </message>
    <message>
        <source>E-certificate</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation>系统计算</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>changed by the clerk</source>
        <translation>已由窗口人员修改</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>The ID card could not be used: %1</source>
        <translation>身份证无法使用：%1</translation>
    </message>
    <message>
        <source>the card data is not readable JSON (%1 at offset %2).</source>
        <translation>身份证数据不是可读的 JSON（%1，偏移量 %2）。</translation>
    </message>
    <message>
        <source>the card data is not a JSON object.</source>
        <translation>身份证数据不是 JSON 对象。</translation>
    </message>
    <message>
        <source>the card record has no &quot;%1&quot;.</source>
        <translation>身份证记录中缺少 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>the sex &quot;%1&quot; is neither male nor female.</source>
        <translation>性别“%1”无效，应为男或女。</translation>
    </message>
    <message>
        <source>the birth date is not a date.</source>
        <translation>出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>the start of validity is not a date.</source>
        <translation>有效期起始日期不是有效日期。</translation>
    </message>
    <message>
        <source>the end of validity is not a date after its start.</source>
        <translation>有效期截止日期无效或早于起始日期。</translation>
    </message>
    <message>
        <source>the birth date %1 does not match the ID number.</source>
        <translation>出生日期 %1 与身份证号码不符。</translation>
    </message>
    <message>
        <source>the sex does not match the ID number.</source>
        <translation>性别与身份证号码不符。</translation>
    </message>
    <message>
        <source>the card is valid only from %1.</source>
        <translation>该身份证自 %1 起才生效。</translation>
    </message>
    <message>
        <source>the photo is not a base64-encoded PNG image.</source>
        <translation>照片不是 base64 编码的 PNG 图像。</translation>
    </message>
    <message>
        <source>This ID card expired on %1.</source>
        <translation>该身份证已于 %1 过期。</translation>
    </message>
    <message>
        <source>calculated by the rules of %1</source>
        <translation>按“%1”的规则计算</translation>
    </message>
    <message>
        <source>The calculated value does not fit the field %1.</source>
        <translation>计算结果不符合信息项“%1”的要求。</translation>
    </message>
    <message>
        <source>case %1 of %2</source>
        <translation>%2 的办件 %1</translation>
    </message>
    <message>
        <source>ID card issued by %1</source>
        <translation>身份证签发机关：%1</translation>
    </message>
    <message>
        <source>The card&apos;s %1 &quot;%2&quot; does not fit the field %3.</source>
        <translation>身份证中的 %1 值“%2”不符合信息项“%3”的要求。</translation>
    </message>
    <message>
        <source>from the ID number %1</source>
        <translation>由身份证号码 %1 推算</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is not a PDF file</source>
        <translation>不是 PDF 文件</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>文件受密码保护</translation>
    </message>
    <message>
        <source>its security scheme is not supported</source>
        <translation>不支持其加密方式</translation>
    </message>
    <message>
        <source>it could not be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be read: %2.</source>
        <translation>无法读取 PDF 文件 %1：%2。</translation>
    </message>
    <message>
        <source>No text found in the PDF %1: it has no text layer (a scanned image?). Nothing was filled from it.</source>
        <translation>PDF 文件 %1 中未找到文字：该文件没有文本层（可能是扫描图像）。未据此预填任何信息。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; found in %2 is not a valid %3.</source>
        <translation>在%2中找到的“%1”不是有效的%3。</translation>
    </message>
    <message>
        <source>%1 found in %2 was not used: %3</source>
        <translation>在%2中找到的%1未被采用：%3</translation>
    </message>
    <message>
        <source>The catalog has no field %1.</source>
        <translation>目录中没有字段 %1。</translation>
    </message>
    <message>
        <source>household register (户籍) via the central server</source>
        <translation>户籍信息（经中心服务器查询）</translation>
    </message>
    <message>
        <source>enterprise register via the central server</source>
        <translation>企业登记信息（经中心服务器查询）</translation>
    </message>
    <message>
        <source>Enter the unified social credit code first.</source>
        <translation>请先填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>Enter both spouses&apos; ID numbers first.</source>
        <translation>请先填写夫妻双方的身份证号码。</translation>
    </message>
    <message>
        <source>Enter the ID number of the person concerned first.</source>
        <translation>请先填写当事人的身份证号码。</translation>
    </message>
    <message>
        <source>Enter the name of the person concerned first.</source>
        <translation>请先填写当事人的姓名。</translation>
    </message>
    <message>
        <source>Verified with the central server (%1): yes, reference %2, %3</source>
        <translation>已经中心服务器核验（%1）：结果为“是”，核验凭证 %2，%3</translation>
    </message>
</context>
<context>
    <name>ow::prefill::Mapper</name>
    <message>
        <source>The register&apos;s value does not fit the field %1.</source>
        <translation>登记信息中的值不符合信息项“%1”的要求。</translation>
    </message>
</context>
<context>
    <name>ow::rules</name>
    <message>
        <source>The rule is nested more than %1 levels deep.</source>
        <translation>规则嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>&quot;missing_some&quot; needs an array of keys as its second argument.</source>
        <translation>&quot;missing_some&quot; 的第二个参数必须是键名数组。</translation>
    </message>
    <message numerus="yes">
        <source>exactly %n argument(s)</source>
        <translation>
            <numerusform>恰好 %n 个参数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n argument(s)</source>
        <translation>
            <numerusform>至少 %n 个参数</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 arguments</source>
        <translation>%1 至 %2 个参数</translation>
    </message>
    <message>
        <source>Operator &quot;%1&quot; takes %2, but the rule gives %3.</source>
        <translation>运算符 &quot;%1&quot; 需要%2，但规则提供了 %3 个。</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;.</source>
        <translation>未知运算符 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>An operator object must have exactly one key (the operator), but this one has %1.</source>
        <translation>运算符对象必须恰好有一个键（即运算符），但此对象有 %1 个。</translation>
    </message>
    <message>
        <source>The calendar must be an object under &quot;calendar&quot;.</source>
        <translation>工作日历必须是 &quot;calendar&quot; 下的对象。</translation>
    </message>
    <message>
        <source>&quot;years&quot; must be an object keyed by year.</source>
        <translation>&quot;years&quot; 必须是以年份为键的对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a four-digit year.</source>
        <translation>&quot;%1&quot; 不是四位数的年份。</translation>
    </message>
    <message>
        <source>A year must be an object with &quot;holidays&quot; and &quot;workdays&quot;.</source>
        <translation>每个年份必须是包含 &quot;holidays&quot; 和 &quot;workdays&quot; 的对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of dates.</source>
        <translation>&quot;%1&quot; 必须是日期数组。</translation>
    </message>
    <message>
        <source>Not a date in the form YYYY-MM-DD.</source>
        <translation>不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 is not in the year %2.</source>
        <translation>%1 不在 %2 年内。</translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be an adjusted working day.</source>
        <translation>%1 是周一至周五的工作日；只有周六或周日才能设为调休上班日。</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a working day.</source>
        <translation>%1 同时被列为节假日和工作日。</translation>
    </message>
</context>
<context>
    <name>ow::store</name>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>无法打开本地数据库 %1：%2</translation>
    </message>
    <message>
        <source>The local database %1 cannot use WAL journaling (got %2).</source>
        <translation>本地数据库 %1 无法使用 WAL 日志模式（实际为 %2）。</translation>
    </message>
    <message>
        <source>Cannot open the local database %1.</source>
        <translation>无法打开本地数据库 %1。</translation>
    </message>
    <message>
        <source>Migration folder %1 does not exist.</source>
        <translation>迁移脚本文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation>迁移脚本文件 %1 的命名不符合 NNNN_name.sql 格式。</translation>
    </message>
    <message>
        <source>Migrations must be numbered 1, 2, 3, … without gaps; found %1.</source>
        <translation>迁移脚本必须按 1、2、3…… 连续编号，不能有间断；发现 %1。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of OneWindow (schema %1; this program knows up to %2). Update OneWindow before opening it.</source>
        <translation>该数据库由更新版本的一窗通办写入（数据库结构版本 %1，本程序最高支持 %2）。请先升级一窗通办再打开。</translation>
    </message>
</context>
<context>
    <name>ow::ui::BundleDetail</name>
    <message>
        <source>adds items: %1</source>
        <translation>增加事项：%1</translation>
    </message>
    <message>
        <source>drops items: %1</source>
        <translation>减少事项：%1</translation>
    </message>
    <message>
        <source>asks for: %1</source>
        <translation>增加材料：%1</translation>
    </message>
    <message>
        <source>no longer needs: %1</source>
        <translation>不再需要：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more form field(s)</source>
        <translation>
            <numerusform>表单增加 %n 项</numerusform>
        </translation>
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
        <source>Changes nothing in the default plan.</source>
        <translation>不改变默认办理方案。</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>national list</source>
        <translation>国家清单</translation>
    </message>
    <message>
        <source>example, not confirmed as national</source>
        <translation>示例，未确认列入国家清单</translation>
    </message>
    <message>
        <source>Lead department:</source>
        <translation>牵头部门：</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>联办部门：</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>包含事项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Time limit (working days)</source>
        <translation>办理时限（工作日）</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>depends on the situation</source>
        <translation>视情形而定</translation>
    </message>
    <message>
        <source>legal %1</source>
        <translation>法定 %1</translation>
    </message>
    <message>
        <source>promised %1</source>
        <translation>承诺 %1</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Materials (default situation)</source>
        <translation>申请材料（默认情形）</translation>
    </message>
    <message>
        <source>issued inside this bundle, nothing to bring</source>
        <translation>由本件事内部产生，无需携带</translation>
    </message>
    <message>
        <source>How the situation changes it</source>
        <translation>不同办理情形的影响</translation>
    </message>
</context>
<context>
    <name>ow::ui::Pages</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
</context>
<context>
    <name>ow::validation</name>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>Remove the spaces from the credit code.</source>
        <translation>请删除信用代码中的空格。</translation>
    </message>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码应为 18 位，当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the credit code in capital letters.</source>
        <translation>信用代码中的字母须大写。</translation>
    </message>
    <message>
        <source>The credit code contains &quot;%1&quot;; only digits and capital letters other than I, O, Z, S and V are used.</source>
        <translation>信用代码中含有“%1”；只能使用数字和除 I、O、Z、S、V 以外的大写字母。</translation>
    </message>
    <message>
        <source>The first character %1 of the credit code is not a registration department.</source>
        <translation>信用代码首位 %1 不是有效的登记管理部门代码。</translation>
    </message>
    <message>
        <source>The category %1 is not defined for registration department %2.</source>
        <translation>登记管理部门 %2 下未定义机构类别 %1。</translation>
    </message>
    <message>
        <source>national level</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>The region code %1 in the credit code is not a known division.</source>
        <translation>信用代码中的行政区划码 %1 不是已知的行政区划。</translation>
    </message>
    <message>
        <source>The embedded organisation code %1 has an unusual check character (normal for some registrations, e.g. individual businesses).</source>
        <translation>内含的组织机构代码 %1 校验位异常（部分登记类型如个体工商户属正常情况）。</translation>
    </message>
    <message>
        <source>The credit code&apos;s check character does not match; a character is probably mistyped.</source>
        <translation>信用代码校验位不符，可能有字符输错。</translation>
    </message>
    <message>
        <source>Residence permit numbers normally start with %1.</source>
        <translation>居住证号码通常以 %1 开头。</translation>
    </message>
    <message>
        <source>The region code %1 is not in the current division list (it may have been abolished); please check it against the ID card.</source>
        <translation>行政区划码 %1 不在现行行政区划列表中（可能已撤销），请与身份证核对。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>Remove the spaces from the ID number.</source>
        <translation>请删除身份证号码中的空格。</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>身份证号码应为 18 位，当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only digits are allowed in an ID number, except a final X.</source>
        <translation>身份证号码只能包含数字，末位可以是 X。</translation>
    </message>
    <message>
        <source>Use a capital X as the last character of the ID number.</source>
        <translation>身份证号码末位请使用大写 X。</translation>
    </message>
    <message>
        <source>The last character of an ID number is a digit or a capital X.</source>
        <translation>身份证号码末位应为数字或大写 X。</translation>
    </message>
    <message>
        <source>The ID number does not start with a valid province code (%1).</source>
        <translation>身份证号码开头不是有效的省级代码（%1）。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is not a real date.</source>
        <translation>身份证号码中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is in the future.</source>
        <translation>身份证号码中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is before 1900.</source>
        <translation>身份证号码中的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number; enter the 18-character number instead (%1).</source>
        <translation>这是旧的 15 位身份证号码，请改为输入 18 位号码（%1）。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check character does not match; a digit is probably mistyped.</source>
        <translation>身份证号码校验位不符，可能有数字输错。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation>请输入数字，例如 12.5。</translation>
    </message>
    <message>
        <source>Enter a date and time as 2026-11-28T09:30.</source>
        <translation>请按 2026-11-28T09:30 的格式输入日期和时间。</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <source>The address is malformed.</source>
        <translation>地址格式不正确。</translation>
    </message>
    <message>
        <source>Choose the province, city and county of the address.</source>
        <translation>请选择地址所在的省、市、区/县。</translation>
    </message>
    <message>
        <source>Enter the street and house number of the address.</source>
        <translation>请填写地址中的街道和门牌号。</translation>
    </message>
    <message>
        <source>Remove the spaces from the mobile number.</source>
        <translation>请删除手机号码中的空格。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.</source>
        <translation>手机号码为 11 位数字，以 13 至 19 开头，例如 13812345678。</translation>
    </message>
    <message>
        <source>Remove the spaces from the phone number.</source>
        <translation>请删除电话号码中的空格。</translation>
    </message>
    <message>
        <source>Enter a phone number such as 010-12345678, 0571-8765432 or a mobile number.</source>
        <translation>请输入电话号码，例如 010-12345678、0571-8765432，或手机号码。</translation>
    </message>
    <message>
        <source>Remove the spaces from the email address.</source>
        <translation>请删除电子邮箱地址中的空格。</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>请输入电子邮箱地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Remove the spaces from the amount.</source>
        <translation>请删除金额中的空格。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Amounts in yuan have at most two decimals (fen).</source>
        <translation>以元为单位的金额最多保留两位小数（到分）。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, e.g. 1200 or 35.50.</source>
        <translation>请输入以元为单位的金额，例如 1200 或 35.50。</translation>
    </message>
    <message>
        <source>Remove the spaces from the account number.</source>
        <translation>请删除账号中的空格。</translation>
    </message>
    <message>
        <source>A bank account number has 12 to 19 digits.</source>
        <translation>银行账号应为 12 至 19 位数字。</translation>
    </message>
    <message>
        <source>The account number fails the card check digit; please compare it with the card.</source>
        <translation>账号未通过银行卡校验位检查，请与银行卡核对。</translation>
    </message>
    <message>
        <source>Enter a real date as year-month-day, e.g. 2026-11-28.</source>
        <translation>请输入有效日期（年-月-日），例如 2026-11-28。</translation>
    </message>
    <message>
        <source>A division code has six digits, e.g. 110105.</source>
        <translation>行政区划代码为 6 位数字，例如 110105。</translation>
    </message>
    <message>
        <source>%1 is not a known administrative division.</source>
        <translation>%1 不是已知的行政区划。</translation>
    </message>
    <message>
        <source>Unknown field type %1.</source>
        <translation>未知的字段类型 %1。</translation>
    </message>
</context>
</TS>
