<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibleCalendarView</name>
    <message>
        <source>Days of %1</source>
        <translation>%1 的日期</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
</context>
<context>
    <name>AnnouncementCalendar</name>
    <message>
        <source>neither a number nor text</source>
        <translation>既不是数字也不是文本</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB</source>
        <translation>文件大于 1 MiB</translation>
    </message>
    <message>
        <source>The arXiv holiday file %1 could not be used: %2. The built-in holiday list is used instead; fix or remove the file.</source>
        <translation>无法使用 arXiv 假日文件 %1：%2。将改用内置的假日列表；请修正或删除该文件。</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>its top level is not a JSON object</source>
        <translation>其顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is missing</source>
        <translation>缺少“formatVersion”</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is %1, but this version of Paperdesk reads only format 1</source>
        <translation>“formatVersion”为 %1，但此版本的 Paperdesk 只能读取格式 1</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; is missing or is not a list</source>
        <translation>“holidays”缺失或不是列表</translation>
    </message>
    <message>
        <source>entry %1 of &quot;holidays&quot;</source>
        <translation>“holidays”的第 %1 项</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>%1 has no &quot;date&quot; text</source>
        <translation>%1 没有“date”文本</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid date (expected YYYY-MM-DD)</source>
        <translation>%1：“%2”不是有效日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; is not text</source>
        <translation>%1：“name”不是文本</translation>
    </message>
</context>
<context>
    <name>ArxivCategories</name>
    <message>
        <source>The category list is not a JSON object: %1</source>
        <translation>分类列表不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>Category %1 of the list has no code or no name.</source>
        <translation>列表中的分类 %1 没有代码或名称。</translation>
    </message>
    <message>
        <source>The category list is empty.</source>
        <translation>分类列表为空。</translation>
    </message>
</context>
<context>
    <name>AtomParser</name>
    <message>
        <source>The arXiv API sent an empty response.</source>
        <translation>arXiv API 返回了空响应。</translation>
    </message>
    <message>
        <source>The arXiv API response is not an Atom feed: its root element is &lt;%1&gt;.</source>
        <translation>arXiv API 的响应不是 Atom feed：其根元素为 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>The arXiv API reported an error: %1.</source>
        <translation>arXiv API 报告了错误：%1。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n entries in the arXiv API response has both an arXiv id and a title.</source>
        <translation>
            <numerusform>arXiv API 响应中的 %n 个条目都没有同时包含 arXiv ID 和标题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The arXiv API sent a web page instead of an Atom feed.</source>
        <translation>arXiv API 返回了网页，而不是 Atom feed。</translation>
    </message>
    <message>
        <source>The arXiv API sent a web page (“%1”) instead of an Atom feed.</source>
        <translation>arXiv API 返回了网页（“%1”），而不是 Atom feed。</translation>
    </message>
    <message>
        <source>The arXiv API response is not an Atom feed: it begins with “%1”.</source>
        <translation>arXiv API 的响应不是 Atom feed：其开头为“%1”。</translation>
    </message>
    <message>
        <source>The arXiv API response is not an Atom feed: it holds no XML element.</source>
        <translation>arXiv API 的响应不是 Atom feed：其中没有任何 XML 元素。</translation>
    </message>
    <message>
        <source>The arXiv API response stops abruptly at line %1: the download was cut off before the feed was complete.</source>
        <translation>arXiv API 的响应在第 %1 行突然中断：下载在 feed 完整之前被切断。</translation>
    </message>
    <message>
        <source>The arXiv API response is not well-formed XML at line %1, column %2: %3.</source>
        <translation>arXiv API 的响应在第 %1 行第 %2 列处不是格式正确的 XML：%3。</translation>
    </message>
    <message>
        <source>The arXiv API&apos;s answer is not valid UTF-8: the byte at offset %1 (line %2) is not part of any character.</source>
        <translation>arXiv API 的回复不是有效的 UTF-8：偏移 %1（第 %2 行）处的字节不属于任何字符。</translation>
    </message>
</context>
<context>
    <name>BudgetFilter</name>
    <message>
        <source>Budget mode: For you %1 is below the day&apos;s top %2%.</source>
        <translation>预算模式：“为你推荐” %1 低于当天前 %2%。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Try paperdesk --help.</source>
        <translation>未知命令“%1”。请尝试 paperdesk --help。</translation>
    </message>
    <message>
        <source>Usage: paperdesk days [--month YYYY-MM] [--json]</source>
        <translation>用法：paperdesk days [--month YYYY-MM] [--json]</translation>
    </message>
    <message>
        <source>--month wants YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--month 需要 YYYY-MM 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>No days stored yet. Run &quot;paperdesk fetch&quot; or use Fetch in the window.</source>
        <translation>尚未保存任何日期。请运行“paperdesk fetch”或在窗口中使用“获取”。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Usage: paperdesk profile export FILE | paperdesk profile import FILE</source>
        <translation>用法：paperdesk profile export 文件 | paperdesk profile import 文件</translation>
    </message>
    <message>
        <source>Profile not imported; the stored profile is unchanged. %1</source>
        <translation>未导入配置；已保存的配置保持不变。%1</translation>
    </message>
    <message>
        <source>Imported the profile from %1.</source>
        <translation>已从 %1 导入配置。</translation>
    </message>
    <message>
        <source>Exported the profile to %1.</source>
        <translation>已将配置导出到 %1。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>--date wants YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 需要 YYYY-MM-DD 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1: %2 scanned, %3 scored, %4 relevant, %5 failed; this run: %6 requests, %7 prompt + %8 completion tokens, cost %9%10</source>
        <translation>%1：已扫描 %2，已评分 %3，相关 %4，失败 %5；本次运行：%6 次请求，%7 个提示 token + %8 个补全 token，费用 %9%10</translation>
    </message>
    <message>
        <source> (offline heuristic)</source>
        <translation>（离线启发式）</translation>
    </message>
    <message>
        <source>No database in %1; fetch a day first.</source>
        <translation>%1 中没有数据库；请先获取一天的公告。</translation>
    </message>
    <message>
        <source>No fetched day to export; run &quot;paperdesk fetch&quot; first.</source>
        <translation>没有可导出的已获取日期；请先运行“paperdesk fetch”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n 篇过时</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (no price for %1)</source>
        <translation>未知（%1 没有价格）</translation>
    </message>
    <message numerus="yes">
        <source> (%n reasoning token(s) billed as completion)</source>
        <translation>
            <numerusform>（%n 个推理 token 按补全计费）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); reading it without writing anything.</source>
        <translation>无法写入 %1（%2）；只读取，不写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>last run interrupted</source>
        <translation>上次运行被中断</translation>
    </message>
    <message>
        <source>waiting for batch</source>
        <translation>等待批处理</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>no &quot;arxivId&quot;</source>
        <translation>缺少 &quot;arxivId&quot;</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be &quot;like&quot; or &quot;dislike&quot;</source>
        <translation>&quot;label&quot; 必须是 &quot;like&quot; 或 &quot;dislike&quot;</translation>
    </message>
    <message>
        <source>No day in the range has liked or starred papers to evaluate against.</source>
        <translation>该范围内没有任何一天有喜欢或加星标的论文可供评估。</translation>
    </message>
    <message>
        <source>Each day: For you trained on reactions to earlier days; LLM = relevance + novelty.</source>
        <translation>每一天：“为你推荐”以对之前各天的反馈训练；LLM = 相关性 + 新颖性。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>liked</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <source>For you P@10 P@20   AUC</source>
        <translation>为你推荐 P@10 P@20  AUC</translation>
    </message>
    <message>
        <source>LLM P@10 P@20   AUC</source>
        <translation>LLM P@10 P@20   AUC</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Usage: paperdesk feedback import FILE | paperdesk feedback export FILE</source>
        <translation>用法：paperdesk feedback import 文件 | paperdesk feedback export 文件</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reaction(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条反馈导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not stored (fetch its day first)</source>
        <translation>%1 未存储（请先获取它所在的那一天）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>No reaction imported: %1</source>
        <translation>未导入任何反馈：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reaction(s)</source>
        <translation>
            <numerusform>已导入 %n 条反馈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n.</source>
        <translation>
            <numerusform>；跳过 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: paperdesk library import FILE (.bib, .ris, .json or zotero.sqlite)</source>
        <translation>用法：paperdesk library import 文件（.bib、.ris、.json 或 zotero.sqlite）</translation>
    </message>
    <message>
        <source>Nothing imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>%1: read %2, kept %3 (%4 already imported), %5 match stored papers, skipped %6.</source>
        <translation>%1：读取 %2 条，保留 %3 条（%4 条已导入过），%5 条与已存储的论文匹配，跳过 %6 条。</translation>
    </message>
    <message>
        <source>Usage: paperdesk eval --from YYYY-MM-DD --to YYYY-MM-DD</source>
        <translation>用法：paperdesk eval --from YYYY-MM-DD --to YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cannot read the starred papers: %1</source>
        <translation>无法读取已加星标的论文：%1</translation>
    </message>
    <message>
        <source>%1 is not in the database; fetch it first.</source>
        <translation>%1 不在数据库中；请先获取它。</translation>
    </message>
    <message>
        <source>%1 has no papers: the day is %2%3.</source>
        <translation>%1 没有论文：该日%2%3。</translation>
    </message>
    <message>
        <source>Usage: paperdesk export [--date YYYY-MM-DD | --month YYYY-MM] [--format markdown|html|json|bibtex|ris|csljson] [--starred | --relevant] [--output FILE] [--prompt]</source>
        <translation>用法：paperdesk export [--date YYYY-MM-DD | --month YYYY-MM] [--format markdown|html|json|bibtex|ris|csljson] [--starred | --relevant] [--output 文件] [--prompt]</translation>
    </message>
    <message>
        <source>--format wants markdown, html, json, bibtex, ris or csljson, not &quot;%1&quot;.</source>
        <translation>--format 应为 markdown、html、json、bibtex、ris 或 csljson，而不是“%1”。</translation>
    </message>
    <message>
        <source>--month and --prompt are for digests; --format %1 exports the starred papers or one day&apos;s papers.</source>
        <translation>--month 和 --prompt 用于摘要；--format %1 导出已加星标的论文或某一天的论文。</translation>
    </message>
    <message>
        <source>--starred exports every starred paper; leave out --date and --relevant.</source>
        <translation>--starred 导出所有已加星标的论文；请省略 --date 和 --relevant。</translation>
    </message>
    <message>
        <source>--starred and --relevant export references; add --format bibtex, ris or csljson.</source>
        <translation>--starred 和 --relevant 导出参考文献；请加上 --format bibtex、ris 或 csljson。</translation>
    </message>
    <message>
        <source>No starred papers; the export lists none.</source>
        <translation>没有已加星标的论文；导出内容为空。</translation>
    </message>
    <message>
        <source>No relevant papers on %1; the export lists none.</source>
        <translation>%1 没有相关论文；导出内容为空。</translation>
    </message>
    <message>
        <source>No papers on %1; the export lists none.</source>
        <translation>%1 没有论文；导出内容为空。</translation>
    </message>
    <message>
        <source>systemctl did not answer within 30 s</source>
        <translation>systemctl 在 30 秒内没有响应</translation>
    </message>
    <message>
        <source>%1 (%2 in New York)</source>
        <translation>%1（纽约时间 %2）</translation>
    </message>
    <message>
        <source>Usage: paperdesk schedule install [--time HH:MM] [--batch] | schedule remove | schedule status</source>
        <translation>用法：paperdesk schedule install [--time HH:MM] [--batch] | schedule remove | schedule status</translation>
    </message>
    <message>
        <source>--time wants a local time as HH:MM, such as 07:30; got &quot;%1&quot;.</source>
        <translation>--time 需要 HH:MM 格式的本地时间，例如 07:30；收到的是“%1”。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Could not write the systemd units in %1: %2</source>
        <translation>无法在 %1 中写入 systemd 单元：%2</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>已写入 %1 和 %2。</translation>
    </message>
    <message>
        <source>Runs after each announcement at %1; the next for %2 at %3.</source>
        <translation>在每次公告后运行，时间为 %1；下一次针对 %2 的运行在 %3。</translation>
    </message>
    <message>
        <source>The units are written, but systemd did not start the timer (%1). Start it from your login session with: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %2</source>
        <translation>单元已写入，但 systemd 没有启动定时器（%1）。请在登录会话中运行：systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The timer is enabled; `paperdesk schedule status` shows it, `paperdesk schedule remove` takes it away.</source>
        <translation>定时器已启用；`paperdesk schedule status` 显示其状态，`paperdesk schedule remove` 将其移除。</translation>
    </message>
    <message>
        <source>No Paperdesk timer is installed in %1.</source>
        <translation>%1 中没有安装 Paperdesk 定时器。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Removed the Paperdesk timer and service.</source>
        <translation>已移除 Paperdesk 定时器和服务。</translation>
    </message>
    <message>
        <source>paperdesk: systemd was not told (%1); if the timer was running, run: systemctl --user daemon-reload</source>
        <translation>paperdesk：未能通知 systemd（%1）；如果定时器正在运行，请执行：systemctl --user daemon-reload</translation>
    </message>
    <message>
        <source>Not installed. `paperdesk schedule install` runs Paperdesk after each announcement (default 21:00 in New York, %1 here).</source>
        <translation>未安装。`paperdesk schedule install` 会在每次公告后运行 Paperdesk（默认纽约时间 21:00，本地时间 %1）。</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>已安装：%1</translation>
    </message>
    <message>
        <source>Runs at: %1</source>
        <translation>运行时间：%1</translation>
    </message>
    <message>
        <source>Next run: %1, for the announcement of %2</source>
        <translation>下次运行：%1，针对 %2 的公告</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>定时器：%1</translation>
    </message>
    <message>
        <source>Usage: paperdesk %1 [--date YYYY-MM-DD | --from YYYY-MM-DD [--to YYYY-MM-DD]]%2%3 [--no-wait]</source>
        <translation>用法：paperdesk %1 [--date YYYY-MM-DD | --from YYYY-MM-DD [--to YYYY-MM-DD]]%2%3 [--no-wait]</translation>
    </message>
    <message>
        <source>--from wants YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from 需要 YYYY-MM-DD 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to wants YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to 需要 YYYY-MM-DD 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 早于 --from %2。</translation>
    </message>
    <message>
        <source>%1 to %2 is %3 days; a range covers at most %4. Split it into several runs.</source>
        <translation>%1 至 %2 共 %3 天；一个范围最多 %4 天。请将其拆分为多次运行。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>systemctl said nothing</source>
        <translation>systemctl 没有输出</translation>
    </message>
    <message>
        <source>Usage: paperdesk [COMMAND] [OPTIONS]

Without a command, Paperdesk starts its window.

Commands:
  fetch  [--date D | --from D [--to D]] [--refresh]
                                    fetch one announcement day (default: the latest), or
                                    each one from --from to --to (default: the latest; at
                                    most 366 days), one arXiv request every 3 s; stored days
                                    are not fetched again unless --refresh, so the same
                                    command after an interruption goes on where it stopped
  score  [--date D | --from D [--to D]] [--heuristic]
                                    score what is not yet scored under the current profile;
                                    --heuristic scores offline by keywords (no LLM, no key)
  run    [--date D | --from D [--to D]] [--refresh] [--heuristic]
                                    fetch + score, day by day for a range
         fetch, score and run wait while another Paperdesk fetches or scores in the same
         data folder; --no-wait ends at once with status 1 instead
         score and run --batch send the day through the provider&apos;s Batch API at half price
         (OpenAI, Anthropic; usually minutes, at most 24 h) and wait for it; with --no-wait
         they return once it is submitted, and the next score (or the window) collects it
  export [--date D | --month YYYY-MM] [--format markdown|html|json] [--output FILE] [--prompt]
                                    a day&apos;s digest (default: the latest fetched day) or a
                                    month&apos;s overview; --prompt appends the scoring prompt
  export --format bibtex|ris|csljson [--starred | [--date D] [--relevant]] [--output FILE]
                                    references: every starred paper, or a day&apos;s papers
                                    (--relevant: only the relevant ones)
  days   [--month YYYY-MM] [--json] known days with state and counts
  profile export FILE | profile import FILE
  feedback import FILE | feedback export FILE
                                    likes and dislikes as JSON lines:
                                    {&quot;arxivId&quot;: &quot;2506.01234&quot;, &quot;label&quot;: &quot;like&quot;}
  library import FILE               BibTeX, RIS, CSL JSON or zotero.sqlite: liked examples
                                    for the For you ranker
  eval --from D --to D              For you and the LLM score against your reactions,
                                    each day trained on the days before it
  store copy --from DB --to DB      copy a database, e.g. sqlite:~/paperdesk.sqlite to
                                    postgresql://user@host/db or back; in batches, resumed
                                    by running it again, row counts verified at the end
  store profile publish|show        the group&apos;s profile in a shared database (--database)
  schedule install [--time HH:MM] [--batch] | schedule remove | schedule status
                                    run every announcement day from a systemd user timer
                                    (default 21:00 America/New_York; --time is local time)

Common options:
  --data-dir DIR    database and settings (default: the platform&apos;s app data folder)
  --profile FILE    use this profile JSON for this invocation only
  --database URL    a shared PostgreSQL database, postgresql://user@host[:port]/db
                    (default: PAPERDESK_DATABASE, Settings → Storage, else the data
                    folder&apos;s SQLite file); the password comes from ~/.pgpass

Environment:
  PAPERDESK_API_KEY  the LLM API key (overrides the keychain); score and run exit 2
                     without a key for a remote provider
  PAPERDESK_DATABASE the database, as --database

Exit status: 0 done, 1 local failure, 2 bad usage or bad input, 3 remote failure,
4 finished with some papers failed.
</source>
        <translation>用法：paperdesk [命令] [选项]

不带命令时，Paperdesk 会打开其窗口。

命令：
  fetch  [--date D | --from D [--to D]] [--refresh]
                                    获取一个公告日（默认：最新一天），或获取 --from 到
                                    --to 之间的每个公告日（--to 默认：最新一天；最多
                                    366 天），每 3 秒发出一次 arXiv 请求；除非加 --refresh，
                                    已保存的日期不会重新获取，因此中断后运行同一命令
                                    会从中断处继续
  score  [--date D | --from D [--to D]] [--heuristic]
                                    为当前配置下尚未评分的论文评分；
                                    --heuristic 按关键词离线评分（不用 LLM，无需密钥）
  run    [--date D | --from D [--to D]] [--refresh] [--heuristic]
                                    fetch + score，对一个范围则逐日进行
         当另一个 Paperdesk 在同一数据文件夹中获取或评分时，fetch、score 和 run 会等待；
         --no-wait 则立即以状态 1 结束
         score 和 run 加 --batch 会以半价通过服务商的批处理 API 发送这一天的论文
         （OpenAI、Anthropic；通常几分钟，最长 24 小时）并等待其完成；加 --no-wait 时
         它们在提交后即返回，由下一次 score（或窗口）收取结果
  export [--date D | --month YYYY-MM] [--format markdown|html|json] [--output FILE] [--prompt]
                                    某一天的摘要（默认：最近获取的一天）或某个月的概览；
                                    --prompt 会附上评分提示词
  export --format bibtex|ris|csljson [--starred | [--date D] [--relevant]] [--output FILE]
                                    参考文献：所有加星标的论文，或某一天的论文
                                    （--relevant：仅相关论文）
  days   [--month YYYY-MM] [--json] 已知的日期及其状态和数量
  profile export FILE | profile import FILE
  feedback import FILE | feedback export FILE
                                    以 JSON 行表示的喜欢与不喜欢：
                                    {&quot;arxivId&quot;: &quot;2506.01234&quot;, &quot;label&quot;: &quot;like&quot;}
  library import FILE               BibTeX、RIS、CSL JSON 或 zotero.sqlite：作为“为你推荐”
                                    排序器的喜欢示例
  eval --from D --to D              以您的反馈检验“为你推荐”和 LLM 评分，
                                    每一天都用此前各天的数据训练
  store copy --from DB --to DB      复制数据库，例如从 sqlite:~/paperdesk.sqlite 到
                                    postgresql://user@host/db 或反向；分批进行，再次运行即可
                                    继续，结束时核对行数
  store profile publish|show        共享数据库中的小组配置（--database）
  schedule install [--time HH:MM] [--batch] | schedule remove | schedule status
                                    通过 systemd 用户定时器在每个公告日执行 run
                                    （默认 21:00 America/New_York；--time 为本地时间）

通用选项：
  --data-dir DIR    数据库和设置（默认：平台的应用数据文件夹）
  --profile FILE    仅在本次调用中使用此配置 JSON
  --database URL    共享的 PostgreSQL 数据库，postgresql://user@host[:port]/db
                    （默认：PAPERDESK_DATABASE、设置 → 存储，否则为数据文件夹中的
                    SQLite 文件）；密码来自 ~/.pgpass

环境变量：
  PAPERDESK_API_KEY  LLM 的 API 密钥（优先于密钥环）；远程提供商没有密钥时，
                     score 和 run 以状态 2 退出
  PAPERDESK_DATABASE 数据库，同 --database

退出状态：0 完成，1 本地错误，2 用法或输入错误，3 远程错误，
4 已完成但部分论文失败。
</translation>
    </message>
    <message>
        <source>--data-dir, --database and --profile need a value.</source>
        <translation>--data-dir、--database 和 --profile 需要一个值。</translation>
    </message>
    <message>
        <source>Usage: paperdesk store copy --from DB --to DB | store profile publish|show</source>
        <translation>用法：paperdesk store copy --from DB --to DB | store profile publish|show</translation>
    </message>
    <message>
        <source>Usage: paperdesk store copy --from sqlite:PATH|postgresql://… --to sqlite:PATH|postgresql://…</source>
        <translation>用法：paperdesk store copy --from sqlite:PATH|postgresql://… --to sqlite:PATH|postgresql://…</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation>--from 和 --to 指向同一个数据库。</translation>
    </message>
    <message>
        <source>Copying %1 to %2</source>
        <translation>正在将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 rows</source>
        <translation>  %1：%2 / %3 行</translation>
    </message>
    <message>
        <source>Run the same command again to go on from here.</source>
        <translation>再次运行同一命令即可从此处继续。</translation>
    </message>
    <message>
        <source>%1 has %2 rows in the target but %3 in the source.</source>
        <translation>%1 在目标中有 %2 行，但在源中有 %3 行。</translation>
    </message>
    <message>
        <source>The copy is incomplete; run the same command again.</source>
        <translation>复制不完整；请再次运行同一命令。</translation>
    </message>
    <message>
        <source>Verified: every table of the source has all its %1 rows in %2 (%3 s).</source>
        <translation>已核对：源中每个表的全部 %1 行都在 %2 中（%3 秒）。</translation>
    </message>
    <message>
        <source>Usage: paperdesk store profile publish|show [--database URL] [--profile FILE]</source>
        <translation>用法：paperdesk store profile publish|show [--database URL] [--profile FILE]</translation>
    </message>
    <message>
        <source>The group profile lives in a shared database; name it with --database postgresql://… (or PAPERDESK_DATABASE).</source>
        <translation>小组配置保存在共享数据库中；请用 --database postgresql://…（或 PAPERDESK_DATABASE）指定它。</translation>
    </message>
    <message>
        <source>No group profile was published in %1 yet.</source>
        <translation>%1 中尚未发布小组配置。</translation>
    </message>
    <message>
        <source>Cannot store the group profile in %1.</source>
        <translation>无法将小组配置保存到 %1。</translation>
    </message>
    <message>
        <source>Published this profile as the group&apos;s in %1; readers without a profile of their own now read with it.</source>
        <translation>已将此配置发布为 %1 中的小组配置；没有自己配置的读者现在使用它阅读。</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>Cannot create the data folder %1: %2.</source>
        <translation>无法创建数据文件夹 %1：%2。</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有那个文件或文件夹</translation>
    </message>
    <message>
        <source>a file is in the way where a folder should be</source>
        <translation>应为文件夹的位置存在一个文件</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Paperdesk database (or it is damaged).</source>
        <translation>%1 不是 Paperdesk 数据库（或已损坏）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Paperdesk (schema %2; this version understands up to %3). It was not changed; please update Paperdesk.</source>
        <translation>数据库 %1 由更新版本的 Paperdesk 写入（架构 %2；此版本最高支持 %3）。数据库未被修改；请更新 Paperdesk。</translation>
    </message>
    <message>
        <source>The migration %1 is missing from this build.</source>
        <translation>此构建中缺少迁移 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2. The database was left at schema %3.</source>
        <translation>将数据库升级到架构 %1 失败：%2。数据库保持在架构 %3。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>将数据库升级到架构 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: %2.</source>
        <translation>无法为数据库创建文件夹 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>无法创建数据库 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2.</source>
        <translation>无法写入数据库 %1：%2。</translation>
    </message>
    <message>
        <source>There is no Paperdesk database at %1 yet.</source>
        <translation>%1 处还没有 Paperdesk 数据库。</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded to schema %2 before this version can read it, but it cannot be written: %3.</source>
        <translation>数据库 %1 必须先升级到架构 %2 才能被此版本读取，但它无法写入：%3。</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2.</source>
        <translation>无法使用数据库 %1：%2。</translation>
    </message>
    <message>
        <source>another program holds it locked</source>
        <translation>另一个程序锁定了它</translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>它以只读方式打开</translation>
    </message>
    <message>
        <source>Cannot use the database %1: Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu: sudo apt install libqt6sql6-psql).</source>
        <translation>无法使用数据库 %1：未安装 Qt 的 PostgreSQL 驱动（Debian 和 Ubuntu 上：sudo apt install libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2.</source>
        <translation>无法连接到数据库 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2.</source>
        <translation>无法设置数据库 %1：%2。</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded to schema %2 before this version can read it.</source>
        <translation>数据库 %1 必须先升级到架构 %2，此版本才能读取它。</translation>
    </message>
    <message>
        <source>Upgrading the database %1 to schema %2 failed: %3.</source>
        <translation>将数据库 %1 升级到架构 %2 失败：%3。</translation>
    </message>
</context>
<context>
    <name>DayMark</name>
    <message>
        <source>No announcement on weekends.</source>
        <translation>周末没有公告。</translation>
    </message>
    <message>
        <source>arXiv holiday: no announcement.</source>
        <translation>arXiv 假日：没有公告。</translation>
    </message>
    <message>
        <source>arXiv made no announcement.</source>
        <translation>arXiv 未发布公告。</translation>
    </message>
    <message>
        <source>%1 relevant of %2 scanned (%3 listed)</source>
        <translation>已扫描 %2 篇中有 %1 篇相关（共列出 %3 篇）</translation>
    </message>
    <message>
        <source>Hotspot papers: %1</source>
        <translation>热点论文：%1</translation>
    </message>
    <message>
        <source>Not scored yet: %1</source>
        <translation>尚未评分：%1</translation>
    </message>
    <message>
        <source>Could not be scored: %1</source>
        <translation>无法评分：%1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>尚未获取。</translation>
    </message>
    <message>
        <source>%1 scanned of %2 listed; not scored yet.</source>
        <translation>已扫描列出的 %2 篇中的 %1 篇；尚未评分。</translation>
    </message>
    <message>
        <source>Fetching failed.</source>
        <translation>获取失败。</translation>
    </message>
    <message>
        <source>Fetching failed: %1</source>
        <translation>获取失败：%1</translation>
    </message>
    <message>
        <source>No paper could be scored (%1 failed); try scoring the day again.</source>
        <translation>没有论文能够评分（%1 篇失败）；请重新为这一天评分。</translation>
    </message>
    <message>
        <source>Rebuilt from the arXiv API (the feed was no longer available).</source>
        <translation>已从 arXiv API 重建（feed 已不再可用）。</translation>
    </message>
    <message>
        <source>%1 tokens (%2 reasoning)</source>
        <translation>%1 个 token（%2 个推理）</translation>
    </message>
    <message>
        <source>Scored under earlier settings: %1</source>
        <translation>在先前的设置下评分：%1</translation>
    </message>
    <message>
        <source>The last run was stopped before it finished.</source>
        <translation>上次运行在完成前被中止。</translation>
    </message>
    <message>
        <source>Waiting for a batch at the provider.</source>
        <translation>正在等待服务商的批处理。</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>未读：%1</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>How a screen reader says a date (QDate format: dddd weekday, d day, MMMM month, yyyy year).</extracomment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>无公告</translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation>未获取</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>已获取</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n relevant</source>
        <translation>
            <numerusform>%n 篇相关</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 篇未读</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts a screen reader says for a day.</extracomment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>DigestBuilder</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No date given.</source>
        <translation>未指定日期。</translation>
    </message>
    <message>
        <source>%1 is not in the database; fetch it first.</source>
        <translation>%1 不在数据库中；请先获取它。</translation>
    </message>
    <message>
        <source>%1 has no digest: the day is %2%3.</source>
        <translation>%1 没有摘要：该日状态为 %2%3。</translation>
    </message>
    <message>
        <source>No month given.</source>
        <translation>未指定月份。</translation>
    </message>
    <message>
        <source>No fetched day in %1; fetch a day of that month first.</source>
        <translation>%1 中没有已获取的日期；请先获取该月的某一天。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
</context>
<context>
    <name>ForYou</name>
    <message numerus="yes">
        <source>For you learned from %n liked paper(s)</source>
        <translation>
            <numerusform>“为你推荐”从 %n 篇喜欢的论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n library reference(s)</source>
        <translation>
            <numerusform>、%n 条文献库条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n disliked</source>
        <translation>
            <numerusform>、%n 篇不喜欢的论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n seen paper(s) in %1 s.</source>
        <translation>
            <numerusform>和 %n 篇看过的论文中学习，用时 %1 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your topics already cover what you liked (%n paper(s) outside them; a suggestion needs %1). Like or star more papers, or import your library.</source>
        <translation>
            <numerusform>您的主题已覆盖您喜欢的内容（主题之外有 %n 篇论文；提出建议需要 %1 篇）。请喜欢或星标更多论文，或导入您的文献库。</numerusform>
        </translation>
    </message>
    <message>
        <source>The liked papers outside your topics share no terms to suggest a topic from.</source>
        <translation>主题之外您喜欢的论文没有共同的词语，无法据此建议主题。</translation>
    </message>
    <message numerus="yes">
        <source>Papers on %1 (suggested from %n liked paper(s) your topics do not cover)</source>
        <translation>
            <numerusform>关于 %1 的论文（根据 %n 篇您的主题未覆盖的喜欢论文建议）</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers about %1.</source>
        <translation>关于 %1 的论文。</translation>
    </message>
</context>
<context>
    <name>HeuristicScorer</name>
    <message>
        <source>Keyword-overlap estimate (offline, not an LLM judgement): no topic words found.</source>
        <translation>关键词重叠估计（离线，非 LLM 判断）：未找到主题词。</translation>
    </message>
    <message>
        <source>No topic shares keywords with this paper.</source>
        <translation>没有主题与这篇论文有共同的关键词。</translation>
    </message>
    <message>
        <source>Keyword-overlap estimate (offline, not an LLM judgement). Matched words: %1.</source>
        <translation>关键词重叠估计（离线，非 LLM 判断）。匹配的词：%1。</translation>
    </message>
    <message>
        <source>Most keyword overlap with &quot;%1&quot;: %2.</source>
        <translation>与“%1”的关键词重叠最多：%2。</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Its braces or quotes are not balanced.</source>
        <translation>其中的花括号或引号不成对。</translation>
    </message>
    <message>
        <source>entry %1 at line %2</source>
        <translation>第 %1 个条目（第 %2 行）</translation>
    </message>
    <message>
        <source>entry %1 (%2) at line %3</source>
        <translation>第 %1 个条目（%2，第 %3 行）</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 个条目</translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation>第 %1 个条目（%2）</translation>
    </message>
    <message>
        <source>A field is not written as name = value.</source>
        <translation>有字段未按 name = value 的形式书写。</translation>
    </message>
    <message>
        <source>A field has no value.</source>
        <translation>有字段没有值。</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>it is JSON but not a list of CSL items</source>
        <translation>是 JSON，但不是 CSL 条目列表</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>It is not a CSL item (a JSON object).</source>
        <translation>它不是 CSL 条目（JSON 对象）。</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>条目 %1（%2）</translation>
    </message>
    <message>
        <source>Cannot open the library file %1: %2.</source>
        <translation>无法打开文献库文件 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot read %1 as %2: %3.</source>
        <translation>无法将 %1 作为 %2 读取：%3。</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>它不是文本文件</translation>
    </message>
    <message>
        <source>it holds no entries</source>
        <translation>其中没有任何条目</translation>
    </message>
    <message>
        <source>The library file %1 does not exist.</source>
        <translation>文献库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 是文件夹，不是文献库文件。</translation>
    </message>
    <message>
        <source>%1 is not a library file that Paperdesk can read; export the library as BibTeX, RIS or CSL JSON, or choose Zotero&apos;s zotero.sqlite.</source>
        <translation>%1 不是 Paperdesk 能读取的文献库文件；请将文献库导出为 BibTeX、RIS 或 CSL JSON，或选择 Zotero 的 zotero.sqlite。</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>RIS</source>
        <translation>RIS</translation>
    </message>
    <message>
        <source>CSL JSON</source>
        <translation>CSL JSON</translation>
    </message>
    <message>
        <source>Zotero database</source>
        <translation>Zotero 数据库</translation>
    </message>
    <message>
        <source>It has no title.</source>
        <translation>缺少标题。</translation>
    </message>
    <message>
        <source>record %1 at line %2</source>
        <translation>第 %1 条记录（第 %2 行）</translation>
    </message>
    <message>
        <source>record %1 (%2)</source>
        <translation>第 %1 条记录（%2）</translation>
    </message>
    <message>
        <source>The record does not end with an ER line.</source>
        <translation>该记录未以 ER 行结尾。</translation>
    </message>
    <message>
        <source>Cannot read the Zotero database %1; it may be damaged (%2).</source>
        <translation>无法读取 Zotero 数据库 %1；它可能已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Zotero database: it has no %2 table.</source>
        <translation>%1 不是 Zotero 数据库：其中没有 %2 表。</translation>
    </message>
    <message>
        <source>Cannot copy the Zotero database %1 to read it: %2.</source>
        <translation>无法复制 Zotero 数据库 %1 以读取它：%2。</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>The connection string is not of the form postgresql://user@host:port/database.</source>
        <translation>连接字符串的格式不是 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>The connection string holds a password. Leave it out and keep the password in the keychain (Settings → Storage) or in ~/.pgpass.</source>
        <translation>连接字符串中包含密码。请去掉它，把密码保存在密钥环（设置 → 存储）或 ~/.pgpass 中。</translation>
    </message>
    <message>
        <source>The connection string names no database (postgresql://user@host/database).</source>
        <translation>连接字符串未指定数据库（postgresql://user@host/database）。</translation>
    </message>
    <message>
        <source>The connection string has an option Paperdesk does not know: %1.</source>
        <translation>连接字符串包含 Paperdesk 不认识的选项：%1。</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>新颖性</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Topic Coverage</source>
        <translation>主题覆盖</translation>
    </message>
    <message>
        <source>Table of Contents by Topic</source>
        <translation>按主题分类的目录</translation>
    </message>
    <message>
        <source>Previous Day %1</source>
        <translation>前一天 %1</translation>
    </message>
    <message>
        <source>Monthly Overview %1</source>
        <translation>月度概览 %1</translation>
    </message>
    <message>
        <source>Next Day %1</source>
        <translation>后一天 %1</translation>
    </message>
    <message>
        <source>**Note:** there are no LLM scores under the current profile for this day, so these are the offline heuristic&apos;s scores (keyword overlap, not an LLM).</source>
        <translation>**注意：**在当前配置下这一天没有 LLM 评分，因此这些是离线启发式的评分（关键词重叠，而非 LLM）。</translation>
    </message>
    <message>
        <source>**Note:** scored by the offline heuristic (keyword overlap, not an LLM).</source>
        <translation>**注意：**由离线启发式评分（关键词重叠，而非 LLM）。</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Total arXiv</source>
        <translation>arXiv 总数</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>%1 listed, %2 scanned (%3 filtered out before scoring), %4 relevant (relevance ≥ %5 and novelty ≥ %6), %7 failed, %8 not scored yet.</source>
        <translation>列出 %1 篇，扫描 %2 篇（评分前过滤掉 %3 篇），相关 %4 篇（相关性 ≥ %5 且新颖性 ≥ %6），失败 %7 篇，尚未评分 %8 篇。</translation>
    </message>
    <message>
        <source>No relevant papers on this day.</source>
        <translation>这一天没有相关论文。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>没有可列出的内容。</translation>
    </message>
    <message>
        <source>ArXiv ID</source>
        <translation>arXiv ID</translation>
    </message>
    <message>
        <source>Primary Topic</source>
        <translation>主要主题</translation>
    </message>
    <message>
        <source>Also Matches</source>
        <translation>同时匹配</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Topic Match</source>
        <translation>主题匹配</translation>
    </message>
    <message>
        <source>Hotspot Tags</source>
        <translation>热点标签</translation>
    </message>
    <message>
        <source>Hotspot Comment</source>
        <translation>热点评论</translation>
    </message>
    <message>
        <source>Hotspot Papers</source>
        <translation>热点论文</translation>
    </message>
    <message>
        <source>Failed Papers (%1)</source>
        <translation>失败的论文（%1）</translation>
    </message>
    <message>
        <source>These papers could not be scored; a later run retries them.</source>
        <translation>这些论文无法评分；之后的运行会重试。</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <source>Paper Selection Prompt</source>
        <translation>论文筛选提示词</translation>
    </message>
    <message>
        <source>The offline heuristic uses no prompt.</source>
        <translation>离线启发式不使用提示词。</translation>
    </message>
    <message>
        <source>The prompt these scores were made with is not stored.</source>
        <translation>未保存生成这些评分时所用的提示词。</translation>
    </message>
    <message>
        <source>System Prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>User Prompt</source>
        <translation>用户提示词</translation>
    </message>
    <message>
        <source>The papers of each request follow this text.</source>
        <translation>每次请求的论文列表附在此文本之后。</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Month Totals</source>
        <translation>月度总计</translation>
    </message>
    <message>
        <source>Top Papers by Topic</source>
        <translation>各主题热门论文</translation>
    </message>
    <message>
        <source>Previous Month %1</source>
        <translation>上个月 %1</translation>
    </message>
    <message>
        <source>Next Month %1</source>
        <translation>下个月 %1</translation>
    </message>
    <message>
        <source>No relevant papers this month.</source>
        <translation>本月没有相关论文。</translation>
    </message>
    <message>
        <source>(heuristic)</source>
        <translation>（启发式）</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>no announcement</source>
        <translation>无公告</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Each fetched day: scanned / relevant papers; &quot;heuristic&quot; marks days scored offline without an LLM.</source>
        <translation>每个已获取的日期：已扫描 / 相关论文数；“启发式”表示该日在离线状态下未使用 LLM 评分。</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示 token</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>补全 token</translation>
    </message>
    <message>
        <source>Total tokens</source>
        <translation>token 总数</translation>
    </message>
    <message>
        <source>Relevance %1 · Novelty %2</source>
        <translation>相关性 %1 · 新颖性 %2</translation>
    </message>
    <message>
        <source>…and %1 more in the day digests.</source>
        <translation>……每日摘要中还有 %1 篇。</translation>
    </message>
    <message>
        <source>Personalized Daily ArXiv Papers %1</source>
        <translation>个性化每日 arXiv 论文 %1</translation>
    </message>
    <message>
        <source>Scored under earlier settings (%1, %2).</source>
        <translation>在先前的设置下评分（%1，%2）。</translation>
    </message>
    <message>
        <source>offline heuristic</source>
        <translation>离线启发式</translation>
    </message>
    <message>
        <source>%1 (%2 reasoning)</source>
        <translation>%1（其中推理 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) show scores made under earlier settings until the day is scored again.</source>
        <translation>
            <numerusform>%n 篇论文显示先前设置下的评分，直到这一天重新评分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>not a JSON object (%1 at byte %2)</source>
        <translation>不是 JSON 对象（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>its format is newer than this Paperdesk understands</source>
        <translation>其格式比此 Paperdesk 能理解的更新</translation>
    </message>
    <message>
        <source>a preset has no &quot;id&quot;</source>
        <translation>某个预设没有“id”</translation>
    </message>
    <message>
        <source>the family &quot;%1&quot; has no id or an invalid &quot;match&quot; pattern</source>
        <translation>系列“%1”没有 id 或“match”模式无效</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); using the built-in model list.</source>
        <translation>无法读取 %1（%2）；将使用内置的模型列表。</translation>
    </message>
    <message>
        <source>%1 is not a model list: %2; using the built-in one.</source>
        <translation>%1 不是模型列表：%2；将使用内置列表。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>no price for %1</source>
        <translation>%1 没有价格</translation>
    </message>
</context>
<context>
    <name>PaperStateText</name>
    <message>
        <source>Scored under earlier settings.</source>
        <translation>在先前的设置下评分。</translation>
    </message>
    <message>
        <source>Scored under earlier settings (%1).</source>
        <translation>在先前的设置下评分（%1）。</translation>
    </message>
    <message>
        <source>Scoring under the current settings failed: %1</source>
        <translation>在当前设置下评分失败：%1</translation>
    </message>
    <message>
        <source>Re-score the day to replace them.</source>
        <translation>重新为这一天评分以替换它们。</translation>
    </message>
</context>
<context>
    <name>Prefilter</name>
    <message>
        <source>Announce type &quot;%1&quot; is not among the types your profile keeps.</source>
        <translation>公告类型“%1”不在您的配置所保留的类型之中。</translation>
    </message>
    <message>
        <source>Excluded by the keyword rule &quot;%1&quot;.</source>
        <translation>被关键词规则“%1”排除。</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>字段“%1”：%2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be an http(s) URL, not &quot;%1&quot;</source>
        <translation>必须是 http(s) URL，而不是“%1”</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>配置必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Field &quot;formatVersion&quot;: %1 is newer than this Paperdesk understands (%2).</source>
        <translation>字段“formatVersion”：%1 比此版本 Paperdesk 支持的版本（%2）更新。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: must be an object</source>
        <translation>字段“%1”：必须是对象</translation>
    </message>
    <message>
        <source>must be one of openai, anthropic, heuristic, not &quot;%1&quot;</source>
        <translation>必须是 openai、anthropic 或 heuristic，而不是“%1”</translation>
    </message>
    <message>
        <source>Field &quot;sources.categories&quot;: list at least one arXiv category, such as cs.LG.</source>
        <translation>字段“sources.categories”：请至少列出一个 arXiv 分类，例如 cs.LG。</translation>
    </message>
    <message>
        <source>Field &quot;sources.categories[%1]&quot;: &quot;%2&quot; is not an arXiv category name.</source>
        <translation>字段“sources.categories[%1]”：“%2”不是 arXiv 分类名称。</translation>
    </message>
    <message>
        <source>Field &quot;sources.announceTypes&quot;: keep at least one announce type.</source>
        <translation>字段“sources.announceTypes”：请至少保留一种公告类型。</translation>
    </message>
    <message>
        <source>Field &quot;sources.announceTypes[%1]&quot;: &quot;%2&quot; is not one of new, cross, replace, replace-cross.</source>
        <translation>字段“sources.announceTypes[%1]”：“%2”不是 new、cross、replace、replace-cross 之一。</translation>
    </message>
    <message>
        <source>Field &quot;topics&quot;: define at least one topic.</source>
        <translation>字段“topics”：请至少定义一个主题。</translation>
    </message>
    <message>
        <source>Field &quot;topics[%1].id&quot;: &quot;%2&quot; must use only a-z, 0-9 and _.</source>
        <translation>字段“topics[%1].id”：“%2”只能使用 a-z、0-9 和 _。</translation>
    </message>
    <message>
        <source>Field &quot;topics[%1].id&quot;: &quot;%2&quot; is used by another topic.</source>
        <translation>字段“topics[%1].id”：“%2”已被另一个主题使用。</translation>
    </message>
    <message>
        <source>Field &quot;topics[%1].label&quot;: a topic needs a label.</source>
        <translation>字段“topics[%1].label”：主题需要一个名称。</translation>
    </message>
    <message>
        <source>Field &quot;topics[%1].keep&quot;: say what to keep for this topic.</source>
        <translation>字段“topics[%1].keep”：请说明此主题要保留哪些论文。</translation>
    </message>
    <message>
        <source>Field &quot;model.model&quot;: name the model to use.</source>
        <translation>字段“model.model”：请指定要使用的模型。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Field &quot;model.reasoningEffort&quot;: &quot;%1&quot; is not one of none, minimal, low, medium, high, xhigh.</source>
        <translation>字段“model.reasoningEffort”：“%1”不是 none、minimal、low、medium、high、xhigh 之一。</translation>
    </message>
    <message>
        <source>must be relevant or every, not &quot;%1&quot;</source>
        <translation>必须是 relevant 或 every，而不是“%1”</translation>
    </message>
    <message>
        <source>must be immediate or batch, not &quot;%1&quot;</source>
        <translation>必须是 immediate 或 batch，而不是“%1”</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The stored profile is damaged (%1). Fix the file or import a good profile; it was not changed.</source>
        <translation>已保存的配置已损坏（%1）。请修正该文件或导入一个有效的配置；原配置未被修改。</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>The provider&apos;s reply is not valid JSON (%1 at byte %2).</source>
        <translation>服务商的回复不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The provider&apos;s reply is not a JSON object.</source>
        <translation>服务商的回复不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The provider returned an error instead of an answer.</source>
        <translation>服务商返回了错误，而不是回答。</translation>
    </message>
    <message>
        <source>The provider returned an error instead of an answer: %1.</source>
        <translation>服务商返回了错误，而不是回答：%1。</translation>
    </message>
    <message>
        <source>The provider&apos;s reply has no &quot;choices&quot; with an answer.</source>
        <translation>服务商的回复中没有包含回答的“choices”。</translation>
    </message>
    <message>
        <source>The model refused to answer: %1.</source>
        <translation>模型拒绝回答：%1。</translation>
    </message>
    <message>
        <source>The model used its whole output limit without answering.</source>
        <translation>模型用尽了全部输出上限，却没有给出回答。</translation>
    </message>
    <message>
        <source>The provider&apos;s reply contains no text.</source>
        <translation>服务商的回复中没有文本。</translation>
    </message>
    <message>
        <source>The provider&apos;s reply has no &quot;content&quot;.</source>
        <translation>服务商的回复中没有“content”。</translation>
    </message>
    <message>
        <source>The heuristic provider does not answer over the network.</source>
        <translation>启发式服务商不通过网络回答。</translation>
    </message>
    <message>
        <source>The provider refused the API key (HTTP %1)</source>
        <translation>服务商拒绝了 API 密钥（HTTP %1）</translation>
    </message>
    <message>
        <source>check your API key in the settings</source>
        <translation>请在设置中检查您的 API 密钥</translation>
    </message>
    <message>
        <source>The provider does not know this endpoint or model (HTTP 404)</source>
        <translation>服务商不认识此端点或模型（HTTP 404）</translation>
    </message>
    <message>
        <source>check the base URL and the model name in the settings</source>
        <translation>请在设置中检查基础 URL 和模型名称</translation>
    </message>
    <message>
        <source>The provider timed out (HTTP %1)</source>
        <translation>服务商超时（HTTP %1）</translation>
    </message>
    <message>
        <source>The request is too large for the provider (HTTP 413)</source>
        <translation>请求对服务商来说过大（HTTP 413）</translation>
    </message>
    <message>
        <source>lower the batch size in the settings</source>
        <translation>请在设置中减小批大小</translation>
    </message>
    <message>
        <source>The provider is limiting requests or the account is out of credit (HTTP 429)</source>
        <translation>服务商正在限制请求，或账户余额不足（HTTP 429）</translation>
    </message>
    <message>
        <source>wait a while or lower the concurrency in the settings</source>
        <translation>请稍等片刻，或在设置中降低并发数</translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1)</source>
        <translation>服务商出现服务器错误（HTTP %1）</translation>
    </message>
    <message>
        <source>The provider rejected the request (HTTP %1)</source>
        <translation>服务商拒绝了请求（HTTP %1）</translation>
    </message>
    <message>
        <source>The provider answered with the unexpected HTTP status %1</source>
        <translation>服务商返回了意外的 HTTP 状态 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>pick a model this provider serves under Model in Settings → Model (and check the base URL)</source>
        <translation>请在“设置 → 模型”的“模型”中选择此提供商提供的模型（并检查基础 URL）</translation>
    </message>
    <message>
        <source>change Reasoning effort in Settings → Model</source>
        <translation>请在“设置 → 模型”中更改推理强度</translation>
    </message>
    <message>
        <source>set Temperature to “Model default” in Settings → Model</source>
        <translation>请在“设置 → 模型”中将温度设为“模型默认”</translation>
    </message>
    <message>
        <source>lower the batch size in Settings → Model, or correct this model&apos;s reply-limit parameter in models.json in the data folder</source>
        <translation>请在“设置 → 模型”中减小批大小，或在数据文件夹的 models.json 中更正此模型的回复上限参数</translation>
    </message>
    <message>
        <source>check the model and its settings in Settings → Model</source>
        <translation>请在“设置 → 模型”中检查模型及其设置</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
</context>
<context>
    <name>Ranker</name>
    <message>
        <source>The ranker could not be trained: %1.</source>
        <translation>无法训练排序模型：%1。</translation>
    </message>
    <message>
        <source>there are no examples</source>
        <translation>没有任何示例</translation>
    </message>
    <message>
        <source>it needs examples of both kinds</source>
        <translation>它需要两类示例</translation>
    </message>
    <message>
        <source>“For you” learns from the papers you like and needs at least %1 of them; so far there are %2. Like a few more papers or add them to your library, then train again.</source>
        <translation>“为你推荐”从您喜欢的论文中学习，至少需要 %1 篇；目前有 %2 篇。请再喜欢几篇论文或将它们加入您的文献库，然后重新训练。</translation>
    </message>
    <message>
        <source>“For you” also needs papers you passed over to learn what you do not read. Dislike a few papers or read a few more days of announcements, then train again.</source>
        <translation>“为你推荐”还需要您略过的论文，才能了解您不读什么。请将几篇论文标为不喜欢，或再阅读几天的公告，然后重新训练。</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The model&apos;s answer gave no %1.</source>
        <translation>模型的回答中没有给出 %1。</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave %1 %2, which is not a whole number from 1 to 10.</source>
        <translation>模型的回答给出的 %1 为 %2，不是 1 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave %1 %2, outside 1–10.</source>
        <translation>模型的回答给出的 %1 为 %2，超出 1–10 的范围。</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave no PRIMARY_TOPIC_ID.</source>
        <translation>模型的回答中没有给出 PRIMARY_TOPIC_ID。</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave PRIMARY_TOPIC_ID %1, which is not one of the profile&apos;s topics.</source>
        <translation>模型的回答给出的 PRIMARY_TOPIC_ID 为 %1，不是配置中的主题之一。</translation>
    </message>
    <message>
        <source>The model&apos;s answer listed %1 in MATCHED_TOPIC_IDS, which is not one of the profile&apos;s topics.</source>
        <translation>模型的回答在 MATCHED_TOPIC_IDS 中列出了 %1，它不是配置中的主题之一。</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave the hotspot tag %1, which is not one of: %2.</source>
        <translation>模型的回答给出的热点标签 %1 不属于以下之一：%2。</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave no topic number (t).</source>
        <translation>模型的回答中没有给出主题编号（t）。</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave the topic number %1, which is not one of 1–%2.</source>
        <translation>模型的回答给出的主题编号 %1 不在 1–%2 之内。</translation>
    </message>
    <message>
        <source>The model&apos;s answer gave no COMMENT.</source>
        <translation>模型的回答中没有给出 COMMENT。</translation>
    </message>
</context>
<context>
    <name>RssParser</name>
    <message>
        <source>arXiv sent an empty response instead of the RSS feed.</source>
        <translation>arXiv 返回了空响应，而不是 RSS feed。</translation>
    </message>
    <message>
        <source>The response is not an RSS feed: its root element is &lt;%1&gt;.</source>
        <translation>该响应不是 RSS feed：其根元素为 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>The RSS feed has no &lt;channel&gt; element, so it lists nothing.</source>
        <translation>RSS feed 中没有 &lt;channel&gt; 元素，因此没有列出任何内容。</translation>
    </message>
    <message>
        <source>arXiv answered with an error instead of a listing: %1</source>
        <translation>arXiv 返回了错误，而不是列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n item(s) in the RSS feed has both an arXiv id and a title.</source>
        <translation>
            <numerusform>RSS feed 中的 %n 个条目都没有同时包含 arXiv ID 和标题。</numerusform>
        </translation>
    </message>
    <message>
        <source>arXiv sent a web page instead of the RSS feed.</source>
        <translation>arXiv 返回了网页，而不是 RSS feed。</translation>
    </message>
    <message>
        <source>arXiv sent a web page (“%1”) instead of the RSS feed.</source>
        <translation>arXiv 返回了网页（“%1”），而不是 RSS feed。</translation>
    </message>
    <message>
        <source>The response is not an RSS feed: it begins with “%1”.</source>
        <translation>该响应不是 RSS feed：其开头为“%1”。</translation>
    </message>
    <message>
        <source>The response is not an RSS feed: it holds no XML element.</source>
        <translation>该响应不是 RSS feed：其中没有任何 XML 元素。</translation>
    </message>
    <message>
        <source>The RSS feed stops abruptly at line %1: the download was cut off before the feed was complete.</source>
        <translation>RSS feed 在第 %1 行突然中断：下载在 feed 完整之前被切断。</translation>
    </message>
    <message>
        <source>The RSS feed is not well-formed XML at line %1, column %2: %3.</source>
        <translation>RSS feed 在第 %1 行第 %2 列处不是格式正确的 XML：%3。</translation>
    </message>
    <message>
        <source>The RSS feed is not valid UTF-8: the byte at offset %1 (line %2) is not part of any character.</source>
        <translation>RSS 源不是有效的 UTF-8：偏移 %1（第 %2 行）处的字节不属于任何字符。</translation>
    </message>
</context>
<context>
    <name>ScoreRepository</name>
    <message>
        <source>Cannot record the usage of run %1.</source>
        <translation>无法记录运行 %1 的用量。</translation>
    </message>
    <message>
        <source>Cannot store the score of %1: %2</source>
        <translation>无法保存 %1 的评分：%2</translation>
    </message>
    <message>
        <source>Cannot commit a batch of scores.</source>
        <translation>无法提交一批评分。</translation>
    </message>
    <message>
        <source>Cannot store the comments on %1: %2</source>
        <translation>无法保存 %1 的评语：%2</translation>
    </message>
    <message>
        <source>Cannot commit a batch of comments.</source>
        <translation>无法提交一批评语。</translation>
    </message>
</context>
<context>
    <name>SharedStore</name>
    <message>
        <source>Shared Database Unavailable</source>
        <translation>共享数据库不可用</translation>
    </message>
    <message>
        <source>You can work with this computer&apos;s own database for now; the next start tries the shared one again. Settings → Storage chooses the database.</source>
        <translation>您可以暂时使用本机自己的数据库；下次启动时会再次尝试共享数据库。在设置 → 存储中选择数据库。</translation>
    </message>
    <message>
        <source>Open Local Database Instead</source>
        <translation>改为打开本地数据库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Paperdesk — %1 (shared)</source>
        <translation>Paperdesk — %1（共享）</translation>
    </message>
    <message>
        <source>Shared: %1 on %2 · reading as %3</source>
        <translation>共享：%2 上的 %1 · 以 %3 的身份阅读</translation>
    </message>
    <message>
        <source>Papers, days and scores come from the shared database %1; your reading state, notes and reactions are kept there as %2&apos;s.</source>
        <translation>论文、日期和评分来自共享数据库 %1；您的阅读状态、笔记和反馈以 %2 的名义保存在那里。</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>Cannot move the id sequence of %1 in %2: %3.</source>
        <translation>无法推进 %2 中 %1 的 ID 序列：%3。</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1.</source>
        <translation>无法统计 %1 的行数。</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2: %3.</source>
        <translation>无法从 %2 读取 %1：%3。</translation>
    </message>
    <message>
        <source>Cannot write %1 to %2: %3.</source>
        <translation>无法将 %1 写入 %2：%3。</translation>
    </message>
</context>
<context>
    <name>WorkLock</name>
    <message>
        <source>Another Paperdesk (process %1) is scoring %2</source>
        <translation>另一个 Paperdesk（进程 %1）正在为 %2 评分</translation>
    </message>
    <message>
        <source>Another Paperdesk (process %1) is fetching %2</source>
        <translation>另一个 Paperdesk（进程 %1）正在获取 %2</translation>
    </message>
    <message>
        <source>Another Paperdesk (process %1) is fetching or scoring</source>
        <translation>另一个 Paperdesk（进程 %1）正在获取或评分</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied or a read-only file system.</source>
        <translation>无法创建锁文件 %1：权限被拒绝或文件系统只读。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>无法创建锁文件 %1。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2.</source>
        <translation>无法创建锁文件 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot take the work lock in the database %1: %2.</source>
        <translation>无法获取数据库 %1 中的工作锁：%2。</translation>
    </message>
    <message>
        <source>Paperdesk on %1 (process %2) is scoring %3 in the shared database</source>
        <translation>%1 上的 Paperdesk（进程 %2）正在共享数据库中为 %3 评分</translation>
    </message>
    <message>
        <source>Paperdesk on %1 (process %2) is fetching %3 in the shared database</source>
        <translation>%1 上的 Paperdesk（进程 %2）正在共享数据库中获取 %3</translation>
    </message>
    <message>
        <source>Paperdesk on %1 (process %2) is fetching or scoring in the shared database</source>
        <translation>%1 上的 Paperdesk（进程 %2）正在共享数据库中获取或评分</translation>
    </message>
    <message>
        <source>Another Paperdesk is fetching or scoring in the shared database</source>
        <translation>另一个 Paperdesk 正在共享数据库中获取或评分</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paperdesk</source>
        <translation>Paperdesk</translation>
    </message>
    <message>
        <source>A desktop reader for the daily arXiv announcement.</source>
        <translation>每日 arXiv 公告的桌面阅读器。</translation>
    </message>
    <message>
        <source>Database and settings folder.</source>
        <translation>数据库和设置所在的文件夹。</translation>
    </message>
    <message>
        <source>Open this day (YYYY-MM-DD).</source>
        <translation>打开这一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Paperdesk cannot start</source>
        <translation>Paperdesk 无法启动</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database (postgresql://user@host/database).</source>
        <translation>共享的 PostgreSQL 数据库（postgresql://user@host/database）。</translation>
    </message>
</context>
<context>
    <name>pd::arxiv::ArxivClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>“%1” is not a web address Paperdesk can fetch.</source>
        <translation>“%1”不是 Paperdesk 可以获取的网址。</translation>
    </message>
    <message>
        <source>arXiv answered %1 with an unexpected HTTP %2 (%3).</source>
        <translation>arXiv 对 %1 返回了意外的 HTTP %2（%3）。</translation>
    </message>
    <message>
        <source>arXiv sent a cut-off answer for %1 (%2 of %3 bytes); try again later.</source>
        <translation>arXiv 为 %1 返回的回答不完整（%3 字节中的 %2 字节）；请稍后重试。</translation>
    </message>
    <message>
        <source>arXiv answered HTTP %1 (%2) to all %3 attempts; try again later.</source>
        <translation>arXiv 对全部 %3 次尝试都返回了 HTTP %1（%2）；请稍后重试。</translation>
    </message>
    <message>
        <source>arXiv answered HTTP %1 (%2); try again later.</source>
        <translation>arXiv 返回了 HTTP %1（%2）；请稍后重试。</translation>
    </message>
    <message>
        <source>arXiv is busy (HTTP %1 %2) and asked Paperdesk to wait %3, longer than the %4 it waits; try again after %5.</source>
        <translation>arXiv 繁忙（HTTP %1 %2），要求 Paperdesk 等待 %3，超过了它会等待的 %4；请在 %5 之后重试。</translation>
    </message>
    <message>
        <source>arXiv answered HTTP 404 (%1) for %2; there is nothing at that address.</source>
        <translation>arXiv 对 %2 返回了 HTTP 404（%1）；该地址下没有内容。</translation>
    </message>
    <message>
        <source>arXiv refused the request for %1 with HTTP %2 (%3).</source>
        <translation>arXiv 以 HTTP %2（%3）拒绝了对 %1 的请求。</translation>
    </message>
    <message>
        <source>The request to %1 timed out after %2 without data; arXiv may be overloaded, try again later.</source>
        <translation>对 %1 的请求在 %2 内没有收到数据而超时；arXiv 可能过载，请稍后重试。</translation>
    </message>
    <message>
        <source>The request to %1 timed out after %2 without data, %3 times; arXiv may be overloaded, try again later.</source>
        <translation>对 %1 的请求 %3 次在 %2 内没有收到数据而超时；arXiv 可能过载，请稍后重试。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived (%2); try again later.</source>
        <translation>%1 在完整回答到达之前关闭了连接（%2）；请稍后重试。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived, %2 times (%3); try again later.</source>
        <translation>%1 %2 次在完整回答到达之前关闭了连接（%3）；请稍后重试。</translation>
    </message>
    <message>
        <source>Could not get an answer from %1 (%2); check the internet connection and try again later.</source>
        <translation>无法从 %1 获得回答（%2）；请检查网络连接并稍后重试。</translation>
    </message>
    <message>
        <source>Could not get an answer from %1 after %2 attempts (%3); check the internet connection and try again later.</source>
        <translation>尝试 %2 次后仍无法从 %1 获得回答（%3）；请检查网络连接并稍后重试。</translation>
    </message>
    <message>
        <source>%1 sent more than %2 (at least %3); no arXiv listing is that large, so Paperdesk stopped the download. Check the arXiv addresses in the profile.</source>
        <translation>%1 发送的数据超过 %2（至少 %3）；没有哪个 arXiv 列表有这么大，因此 Paperdesk 停止了下载。请检查配置中的 arXiv 地址。</translation>
    </message>
</context>
<context>
    <name>pd::library::ZoteroConnector</name>
    <message>
        <source>Paperdesk only sends papers to Zotero on this computer, not to %1.</source>
        <translation>Paperdesk 只会把论文发送到本机的 Zotero，而不是 %1。</translation>
    </message>
    <message>
        <source>No papers to save to Zotero.</source>
        <translation>没有要保存到 Zotero 的论文。</translation>
    </message>
    <message>
        <source>Zotero is not running (nothing answers on %1). Start Zotero, or copy the BibTeX instead.</source>
        <translation>Zotero 没有运行（%1 上没有响应）。请启动 Zotero，或改为复制 BibTeX。</translation>
    </message>
    <message>
        <source>Zotero did not answer on %1 within %2 s. Start Zotero (or close the dialog it shows), or copy the BibTeX instead.</source>
        <translation>Zotero 在 %2 秒内没有在 %1 上响应。请启动 Zotero（或关闭它显示的对话框），或改为复制 BibTeX。</translation>
    </message>
    <message>
        <source>What answers on %1 closed the connection instead of answering as Zotero does. Start Zotero, or copy the BibTeX instead.</source>
        <translation>%1 上的程序关闭了连接，而不是像 Zotero 那样响应。请启动 Zotero，或改为复制 BibTeX。</translation>
    </message>
    <message>
        <source>Could not reach Zotero on %1: %2. Copy the BibTeX instead.</source>
        <translation>无法连接 %1 上的 Zotero：%2。请改为复制 BibTeX。</translation>
    </message>
    <message>
        <source>Another program, not Zotero, answers on %1 (HTTP %2). Start Zotero, or copy the BibTeX instead.</source>
        <translation>%1 上响应的是另一个程序，而不是 Zotero（HTTP %2）。请启动 Zotero，或改为复制 BibTeX。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n paper(s) to Zotero.</source>
        <translation>
            <numerusform>已将 %n 篇论文保存到 Zotero。</numerusform>
        </translation>
    </message>
    <message>
        <source>The library selected in Zotero is read-only. Select My Library in Zotero and save again, or copy the BibTeX instead.</source>
        <translation>Zotero 中选中的文库是只读的。请在 Zotero 中选择“我的文库”后再次保存，或改为复制 BibTeX。</translation>
    </message>
    <message>
        <source>Zotero refused the request as coming from an outdated connector (HTTP 400). Copy the BibTeX instead.</source>
        <translation>Zotero 认为请求来自过时的连接器而拒绝了它（HTTP 400）。请改为复制 BibTeX。</translation>
    </message>
    <message>
        <source>Zotero could not save the papers (HTTP %1). Save again, or copy the BibTeX instead.</source>
        <translation>Zotero 无法保存这些论文（HTTP %1）。请再次保存，或改为复制 BibTeX。</translation>
    </message>
</context>
<context>
    <name>pd::llm::BatchClient</name>
    <message>
        <source>The batch expired before this request ran.</source>
        <translation>批处理在此请求运行之前已过期。</translation>
    </message>
    <message>
        <source>The batch was cancelled before this request ran.</source>
        <translation>批处理在此请求运行之前已被取消。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The provider did not run this request: %1.</source>
        <translation>服务商没有运行此请求：%1。</translation>
    </message>
    <message>
        <source>The provider reported the unknown result type “%1”.</source>
        <translation>服务商报告了未知的结果类型“%1”。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider rejected the batch without saying why.</source>
        <translation>服务商拒绝了批处理，但未说明原因。</translation>
    </message>
    <message>
        <source>The provider rejected the batch: %1.</source>
        <translation>服务商拒绝了批处理：%1。</translation>
    </message>
    <message>
        <source>Batch mode needs OpenAI&apos;s or Anthropic&apos;s own API; choose Immediate under Run mode in Settings → Model.</source>
        <translation>批处理模式需要 OpenAI 或 Anthropic 自己的 API；请在“设置 → 模型”的“运行模式”中选择“立即”。</translation>
    </message>
    <message>
        <source>There is nothing to send in a batch.</source>
        <translation>没有可以通过批处理发送的内容。</translation>
    </message>
    <message>
        <source>A batch holds at most %1 requests; this one has %2.</source>
        <translation>一个批处理最多容纳 %1 个请求；此批处理有 %2 个。</translation>
    </message>
    <message>
        <source>The batch request id “%1” is not 1 to 64 letters, digits, “-” or “_”.</source>
        <translation>批处理请求 ID“%1”不是由 1 到 64 个字母、数字、“-”或“_”组成。</translation>
    </message>
    <message>
        <source>The batch request id “%1” is used twice.</source>
        <translation>批处理请求 ID“%1”被使用了两次。</translation>
    </message>
    <message>
        <source>The batch request “%1” is not a JSON object.</source>
        <translation>批处理请求“%1”不是 JSON 对象。</translation>
    </message>
    <message>
        <source>A batch must use one model; “%1” asks for %2 and an earlier request for %3.</source>
        <translation>一个批处理只能使用一个模型；“%1”要求 %2，而之前的请求要求 %3。</translation>
    </message>
    <message>
        <source>The batch is larger than the %1 MB the provider takes; lower the batch size in Settings → Model.</source>
        <translation>批处理超过了服务商接受的 %1 MB；请在“设置 → 模型”中减小批次大小。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The provider accepted the batch file but did not say its id.</source>
        <translation>服务商接受了批处理文件，但没有告知其 ID。</translation>
    </message>
    <message>
        <source>“%1” is not a batch id.</source>
        <translation>“%1”不是批处理 ID。</translation>
    </message>
    <message>
        <source>The batch has not ended yet (%1).</source>
        <translation>批处理尚未结束（%1）。</translation>
    </message>
    <message>
        <source>The provider named the result file “%1”, which is not a file id.</source>
        <translation>服务商给出的结果文件为“%1”，这不是文件 ID。</translation>
    </message>
    <message>
        <source>The batch expired at the provider before any request ran.</source>
        <translation>批处理在任何请求运行之前就已在服务商处过期。</translation>
    </message>
    <message>
        <source>The batch was cancelled at the provider before any request ran.</source>
        <translation>批处理在任何请求运行之前就已在服务商处被取消。</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not a batch.</source>
        <translation>服务商的回复不是批处理。</translation>
    </message>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>服务商在 %1 秒内没有回答。</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1.</source>
        <translation>无法连接服务商：%1。</translation>
    </message>
    <message>
        <source>%1 The batch may have been created all the same; check the provider&apos;s console before sending it again.</source>
        <translation>%1 批处理可能仍已创建；再次发送前请检查服务商的控制台。</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>尝试 %n 次后放弃：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::llm::LlmClient</name>
    <message>
        <source>The offline heuristic provider does not send requests; choose an OpenAI-compatible or Anthropic provider.</source>
        <translation>离线启发式服务商不发送请求；请选择兼容 OpenAI 的服务商或 Anthropic。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>服务商在 %1 秒内没有回答。</translation>
    </message>
    <message>
        <source>Could not get an answer from the provider: %1.</source>
        <translation>无法从服务商获得回答：%1。</translation>
    </message>
    <message>
        <source>The provider is limiting requests and asked to wait %1 s, longer than the %2 s Paperdesk waits; try again later.</source>
        <translation>服务商正在限制请求，要求等待 %1 秒，超过了 Paperdesk 会等待的 %2 秒；请稍后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>尝试 %n 次后放弃：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::pipeline::ConnectionTest</name>
    <message>
        <source>The offline heuristic runs on this computer; there is nothing to connect to.</source>
        <translation>离线启发式在本机运行；无需连接任何服务。</translation>
    </message>
    <message>
        <source>No API key: set one with Set Key… or in the environment variable PAPERDESK_API_KEY.</source>
        <translation>没有 API 密钥：请通过“设置密钥…”或环境变量 PAPERDESK_API_KEY 设置。</translation>
    </message>
    <message>
        <source>The model answered, but not in the format scoring needs: “%1”.</source>
        <translation>模型已回答，但格式不符合评分要求：“%1”。</translation>
    </message>
    <message>
        <source>The model answered, but its answer was rejected: %1</source>
        <translation>模型已回答，但答案被拒绝：%1</translation>
    </message>
    <message>
        <source>relevance %1, novelty %2, topic %3</source>
        <translation>相关性 %1，新颖性 %2，主题 %3</translation>
    </message>
</context>
<context>
    <name>pd::pipeline::DailyRun</name>
    <message>
        <source>Nothing left to score for %1.</source>
        <translation>%1 已没有待评分的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n paper(s) with %1…</source>
        <translation>
            <numerusform>正在使用 %1 为 %n 篇论文评分…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring cancelled.</source>
        <translation>评分已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n paper(s) with the offline heuristic (keyword overlap, not an LLM).</source>
        <translation>
            <numerusform>已使用离线启发式为 %n 篇论文评分（关键词重叠，而非 LLM）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring with the offline heuristic…</source>
        <translation>正在使用离线启发式评分…</translation>
    </message>
    <message numerus="yes">
        <source>Scoring cancelled; %n paper(s) scored before that were kept.</source>
        <translation>
            <numerusform>评分已取消；此前已评分的 %n 篇论文已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored %1 paper(s); %2 failed (see Failed / unscored).</source>
        <translation>已为 %1 篇论文评分；%2 篇失败（见“失败 / 未评分”）。</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n paper(s).</source>
        <translation>
            <numerusform>已为 %n 篇论文评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>The model gave no usable answer for this paper (%1).</source>
        <translation>模型没有为这篇论文给出可用的回答（%1）。</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>请求失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>The model left this paper out of %n answer(s).</source>
        <translation>
            <numerusform>模型在 %n 次回答中遗漏了这篇论文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store scores: %1</source>
        <translation>无法保存评分：%1</translation>
    </message>
    <message>
        <source>Scoring with %1…</source>
        <translation>正在使用 %1 评分…</translation>
    </message>
    <message>
        <source>No API key for %1: set PAPERDESK_API_KEY, or store a key in the window under Settings → Model → Set Key…; or score offline with --heuristic (keyword overlap, not an LLM).</source>
        <translation>没有 %1 的 API 密钥：请设置 PAPERDESK_API_KEY，或在窗口中通过“设置 → 模型 → 设置密钥…”保存密钥；也可以用 --heuristic 离线评分（关键词重叠，不是 LLM）。</translation>
    </message>
    <message>
        <source>This paper alone is longer than the model can read: %1</source>
        <translation>仅这一篇论文就超出了模型能读取的长度：%1</translation>
    </message>
    <message numerus="yes">
        <source>The run&apos;s deadline of %n minute(s) passed: %1 paper(s) scored, %2 failed with the reason; the next run retries them.</source>
        <translation>
            <numerusform>本次运行的 %n 分钟期限已过：%1 篇论文已评分，%2 篇失败并注明原因；下次运行会重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run&apos;s deadline of %n minute(s) passed before this paper was scored; the next run retries it.</source>
        <translation>
            <numerusform>在这篇论文评分之前，本次运行的 %n 分钟期限已过；下次运行会重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting; the batch keeps running at the provider and the next run collects its results.</source>
        <translation>已停止等待；批处理会在服务商处继续运行，下一次运行会收取其结果。</translation>
    </message>
    <message>
        <source>%1 offers no batch mode: choose &quot;immediate&quot; under Settings → Model → Run mode (or leave out --batch).</source>
        <translation>%1 不提供批处理模式：请在“设置 → 模型 → 运行模式”中选择“立即”（或去掉 --batch）。</translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 for comments on %n paper(s)…</source>
        <translation>
            <numerusform>正在请 %1 为 %n 篇论文撰写评语…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments for %n paper(s).</source>
        <translation>
            <numerusform>%n 篇论文的评语已就绪。</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments for %1 paper(s); %2 could not be had (the scores stand).</source>
        <translation>已获得 %1 篇论文的评语；%2 篇未能获得（评分保留不变）。</translation>
    </message>
    <message numerus="yes">
        <source>The model left this paper out of %n answer(s) asking for comments.</source>
        <translation>
            <numerusform>模型在 %n 次请求评语的回答中遗漏了这篇论文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped while the batch was being submitted; its papers are asked again.</source>
        <translation>在提交批处理时被中止；其中的论文会重新请求。</translation>
    </message>
    <message numerus="yes">
        <source>Collecting %n batch(es) sent earlier…</source>
        <translation>
            <numerusform>正在收取先前发送的 %n 个批处理…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record the batch in the database; nothing was sent.</source>
        <translation>无法在数据库中记录批处理；未发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n paper(s) as one batch…</source>
        <translation>
            <numerusform>正在将 %n 篇论文作为一个批处理发送…</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch could not be submitted: %1</source>
        <translation>无法提交批处理：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n paper(s) as batch %1; waiting for the provider (usually minutes, at most 24 h)…</source>
        <translation>
            <numerusform>已将 %n 篇论文作为批处理 %1 发送；正在等待服务商（通常几分钟，最长 24 小时）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for batch %1 (%2): %3 of %4 requests done…</source>
        <translation>正在等待批处理 %1（%2）：%4 个请求中已完成 %3 个…</translation>
    </message>
    <message>
        <source>The provider&apos;s batch failed: %1</source>
        <translation>服务商的批处理失败：%1</translation>
    </message>
    <message>
        <source>The provider&apos;s batch gave no answer for this paper: %1</source>
        <translation>服务商的批处理没有给出这篇论文的回答：%1</translation>
    </message>
    <message>
        <source>The provider&apos;s batch returned no line for this paper.</source>
        <translation>服务商的批处理没有返回这篇论文的结果行。</translation>
    </message>
    <message>
        <source>Batch %1 is running at the provider (usually minutes, at most 24 h); run &quot;paperdesk score&quot; again, or open the day in the window, to collect it.</source>
        <translation>批处理 %1 正在服务商处运行（通常几分钟，最长 24 小时）；请再次运行“paperdesk score”，或在窗口中打开这一天，以收取结果。</translation>
    </message>
    <message>
        <source>Could not store comments: %1</source>
        <translation>无法保存评语：%1</translation>
    </message>
    <message>
        <source>Asking %1 for comments on the relevant papers…</source>
        <translation>正在请 %1 为相关论文撰写评语…</translation>
    </message>
    <message>
        <source>Provider busy, retrying in %1 s (%2/%3)…</source>
        <translation>服务商繁忙，%1 秒后重试（%2/%3）…</translation>
    </message>
</context>
<context>
    <name>pd::pipeline::DayFetcher</name>
    <message>
        <source>The announcement of %1 is not out yet; arXiv announces at 20:00 US Eastern time the evening before.</source>
        <translation>%1 的公告尚未发布；arXiv 在前一天晚上美国东部时间 20:00 发布公告。</translation>
    </message>
    <message>
        <source>arXiv makes no announcement on %1 (a holiday).</source>
        <translation>arXiv 在 %1 不发布公告（假日）。</translation>
    </message>
    <message>
        <source>arXiv makes no announcement on %1 (a weekend).</source>
        <translation>arXiv 在 %1 不发布公告（周末）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already stored (%n paper(s)); use refresh to fetch it again.</source>
        <translation>
            <numerusform>%1 已保存（%n 篇论文）；如需重新获取，请使用刷新。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the latest announcement from arXiv…</source>
        <translation>正在从 arXiv 获取最新公告…</translation>
    </message>
    <message>
        <source>Fetch cancelled.</source>
        <translation>获取已取消。</translation>
    </message>
    <message>
        <source>Fetched %1: %2 listed, %3 to score.</source>
        <translation>已获取 %1：列出 %2 篇，待评分 %3 篇。</translation>
    </message>
    <message>
        <source>Rebuilding %1 from the arXiv API (%2 so far)…</source>
        <translation>正在从 arXiv API 重建 %1（目前 %2）…</translation>
    </message>
    <message>
        <source>The arXiv API repeated the same results at %1 of %2; try again later.</source>
        <translation>arXiv API 在 %2 个结果中的第 %1 个处返回了重复的结果；请稍后重试。</translation>
    </message>
    <message>
        <source>Rebuilding %1 from the arXiv API…</source>
        <translation>正在从 arXiv API 重建 %1…</translation>
    </message>
    <message>
        <source>The arXiv API returned an empty page at %1 of %2 results; try again later.</source>
        <translation>arXiv API 在 %2 个结果中的第 %1 个处返回了空页面；请稍后重试。</translation>
    </message>
    <message>
        <source>Rebuilt %1 from the arXiv API: %2 listed, %3 to score.</source>
        <translation>已从 arXiv API 重建 %1：列出 %2 篇，待评分 %3 篇。</translation>
    </message>
    <message>
        <source>arXiv&apos;s RSS feed for %1 could not be read, so nothing from it was stored: %2</source>
        <translation>无法读取 arXiv 的 %1 RSS 源，因此未保存其中任何内容：%2</translation>
    </message>
    <message>
        <source>The arXiv API&apos;s answer for %1 (%2) could not be read, so nothing from it was stored: %3</source>
        <translation>无法读取 arXiv API 对 %1（%2）的回复，因此未保存其中任何内容：%3</translation>
    </message>
    <message numerus="yes">
        <source>arXiv returned an empty listing for %1; the %n paper(s) stored for it are kept.</source>
        <translation>
            <numerusform>arXiv 为 %1 返回了空列表；已保存的 %n 篇论文保留不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>arXiv returned no papers for %1, an announcement day; try again later.</source>
        <translation>arXiv 没有返回 %1（公告日）的任何论文；请稍后再试。</translation>
    </message>
    <message>
        <source>%1 was not stored; nothing of it was written. %2</source>
        <translation>%1 未保存；其中任何内容都未写入。%2</translation>
    </message>
</context>
<context>
    <name>pd::pipeline::TopicDrafter</name>
    <message>
        <source>%1 could not draft the topics (%2), so they were drafted from your text&apos;s key phrases.</source>
        <translation>%1 未能草拟主题（%2），因此改为根据您文本中的关键短语草拟。</translation>
    </message>
    <message>
        <source>the answer is not one JSON object</source>
        <translation>回答不是单个 JSON 对象</translation>
    </message>
    <message>
        <source>the answer has no “topics” list, or more than it</source>
        <translation>回答中没有“topics”列表，或除此之外还有其他内容</translation>
    </message>
    <message>
        <source>the answer has %1 topics, not 1 to %2</source>
        <translation>回答包含 %1 个主题，而不是 1 到 %2 个</translation>
    </message>
    <message>
        <source>topic %1 does not have exactly the fields id, label, description, keep and filter</source>
        <translation>主题 %1 的字段不恰好是 id、label、description、keep 和 filter</translation>
    </message>
    <message>
        <source>topic %1: “%2” is not a string</source>
        <translation>主题 %1：“%2”不是字符串</translation>
    </message>
    <message>
        <source>topic %1: the id “%2” is not 1 to %3 of a–z, 0–9 and _</source>
        <translation>主题 %1：ID“%2”不是由 1 到 %3 个 a–z、0–9 和 _ 组成</translation>
    </message>
    <message>
        <source>topic %1: the id “%2” is used twice</source>
        <translation>主题 %1：ID“%2”被使用了两次</translation>
    </message>
    <message>
        <source>topic %1 (%2) has no label or no keep text</source>
        <translation>主题 %1（%2）没有名称或没有保留文本</translation>
    </message>
    <message>
        <source>topic %1 (%2) is longer than a topic should be</source>
        <translation>主题 %1（%2）超出了主题应有的长度</translation>
    </message>
    <message>
        <source>Papers on %1.</source>
        <translation>关于 %1 的论文。</translation>
    </message>
    <message>
        <source>work whose main subject is %1; in your words: “%2”</source>
        <translation>以 %1 为主要主题的研究；用您的话说：“%2”</translation>
    </message>
    <message>
        <source>papers that mention %1 only in passing.</source>
        <translation>仅顺带提及 %1 的论文。</translation>
    </message>
    <message>
        <source>papers that mention %1 only in passing, and papers mainly about %2.</source>
        <translation>仅顺带提及 %1 的论文，以及主要关于 %2 的论文。</translation>
    </message>
</context>
<context>
    <name>pd::pipeline::Worker</name>
    <message>
        <source>Another fetch or run is still going; wait for it or cancel it.</source>
        <translation>另一个获取或运行仍在进行中；请等待其完成或取消它。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier run(s) ended without finishing (the process was stopped); they are marked interrupted, and what they stored is kept.</source>
        <translation>
            <numerusform>%n 次先前的运行未完成就结束了（进程被停止）；它们已标记为中断，已保存的内容保留不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; not waiting (--no-wait).</source>
        <translation>%1；不等待（--no-wait）。</translation>
    </message>
    <message>
        <source>%1; waiting…</source>
        <translation>%1；正在等待…</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is already stored (%n paper(s)); not fetched again.</source>
        <translation>
            <numerusform>%1 已保存（%n 篇论文）；不再重新获取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Day %1 of %2: %3…</source>
        <translation>第 %1 天，共 %2 天：%3…</translation>
    </message>
    <message>
        <source>%1 is not fetched yet; nothing to score.</source>
        <translation>%1 尚未获取；没有可评分的内容。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>About %1 left.</source>
        <translation>剩余约 %1。</translation>
    </message>
    <message>
        <source>%1 to %2 holds no announcement day (weekends and holidays only); nothing to do.</source>
        <translation>%1 至 %2 没有公告日（只有周末和假日）；无需操作。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n announcement day(s)</source>
        <translation>
            <numerusform>%1 至 %2：%n 个公告日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 scored, %2 skipped, %3 failed.</source>
        <translation>%1 个已评分，%2 个已跳过，%3 个失败。</translation>
    </message>
    <message>
        <source>%1 fetched, %2 already stored, %3 failed.</source>
        <translation>%1 个已获取，%2 个已保存，%3 个失败。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from %1 on are not announced yet and were left out.</source>
        <translation>
            <numerusform>从 %1 起的 %n 天尚未公告，已略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n day(s) to go; run the same range again to go on (stored days are not fetched again).</source>
        <translation>
            <numerusform>已取消，还剩 %n 天；再次运行同一范围即可继续（已保存的日期不会重新获取）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not announced yet.</source>
        <translation>%1 尚未公告。</translation>
    </message>
    <message>
        <source>No announcement day from %1 to %2 is out yet; arXiv announces at 20:00 US Eastern time the evening before.</source>
        <translation>%1 至 %2 还没有任何公告日发布；arXiv 在前一天晚上美国东部时间 20:00 发布公告。</translation>
    </message>
</context>
<context>
    <name>pd::secrets::SecretStore</name>
    <message>
        <source>No API key is stored. Set one in Settings → Model, or set PAPERDESK_API_KEY.</source>
        <translation>没有保存 API 密钥。请在“设置 → 模型”中设置，或设置 PAPERDESK_API_KEY。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Paperdesk never stores the API key in plain text: start a Secret Service such as GNOME Keyring or KWallet, or set the environment variable PAPERDESK_API_KEY.</source>
        <translation>没有可用的密钥环（%1）。Paperdesk 从不以明文保存 API 密钥：请启动 Secret Service（例如 GNOME Keyring 或 KWallet），或设置环境变量 PAPERDESK_API_KEY。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>密钥环报告了错误：%1</translation>
    </message>
</context>
<context>
    <name>pd::store::ReadingWriter</name>
    <message>
        <source>Could not save the reading state of %1 to %2.</source>
        <translation>无法将 %1 的阅读状态保存到 %2。</translation>
    </message>
    <message>
        <source>Could not save reading states to %1: the database is busy or read-only.</source>
        <translation>无法将阅读状态保存到 %1：数据库正忙或只读。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ArchiveSearchDialog</name>
    <message>
        <source>Search All Days</source>
        <translation>搜索所有日期</translation>
    </message>
    <message>
        <source>Words in the title, authors or abstract of any stored paper</source>
        <translation>任一已存论文的标题、作者或摘要中的词</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>新颖性</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>No stored paper matches.</source>
        <translation>没有匹配的已存论文。</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s), best match first.</source>
        <translation>
            <numerusform>%n 篇论文，最佳匹配在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::DayPane</name>
    <message>
        <source>Fetch and Score This Day</source>
        <translation>获取并评分这一天</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Fetch an announcement to start reading.</source>
        <translation>获取一份公告即可开始阅读。</translation>
    </message>
    <message>
        <source>arXiv makes no announcement on this day (a holiday).</source>
        <translation>arXiv 在这一天不发布公告（假日）。</translation>
    </message>
    <message>
        <source>arXiv makes no announcement on weekends.</source>
        <translation>arXiv 在周末不发布公告。</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) not scored yet under the current settings.</source>
        <translation>
            <numerusform>在当前设置下还有 %n 篇论文尚未评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>This announcement is not out yet.</source>
        <translation>这份公告尚未发布。</translation>
    </message>
    <message>
        <source>This announcement day is not fetched yet.</source>
        <translation>这个公告日尚未获取。</translation>
    </message>
    <message>
        <source>Fetching failed: %1</source>
        <translation>获取失败：%1</translation>
    </message>
    <message>
        <source>arXiv listed no new papers for this day.</source>
        <translation>arXiv 在这一天没有列出新论文。</translation>
    </message>
    <message>
        <source>offline heuristic — keyword overlap, not an LLM</source>
        <translation>离线启发式——关键词重叠，而非 LLM</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · tokens %2 prompt / %3 completion / %4 total · cost %5 (%6 + %7)&lt;br&gt;Papers: %8 total arXiv · %9 scanned · &lt;b&gt;%10 relevant&lt;/b&gt; · %11 scored · %12 failed · %13</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · token：提示 %2 / 补全 %3 / 总计 %4 · 费用 %5（%6 + %7）&lt;br&gt;论文：arXiv 总数 %8 · 已扫描 %9 · &lt;b&gt;相关 %10&lt;/b&gt; · 已评分 %11 · 失败 %12 · %13</translation>
    </message>
    <message>
        <source>rebuilt from the arXiv API</source>
        <translation>已从 arXiv API 重建</translation>
    </message>
    <message>
        <source>from the RSS feed</source>
        <translation>来自 RSS feed</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) show scores made under earlier settings (dimmed) until the day is re-scored.</source>
        <translation>
            <numerusform>%n 篇论文显示先前设置下的评分（变暗），直到这一天重新评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last run on this day was stopped before it finished. What it scored is kept; Score finishes the rest.</source>
        <translation>这一天的上次运行在完成前被中止。已评分的结果会保留；“评分”会完成其余部分。</translation>
    </message>
    <message>
        <source>Waiting for a batch at the provider (usually minutes, at most 24 h). Score collects its results when they are ready.</source>
        <translation>正在等待服务商的批处理（通常几分钟，最长 24 小时）。结果就绪后，“评分”会收取它们。</translation>
    </message>
</context>
<context>
    <name>pd::ui::DesktopNotifier</name>
    <message>
        <source>%1: %2 relevant, %3 hot</source>
        <translation>%1：%2 篇相关，%3 篇热点</translation>
    </message>
    <message>
        <source>%1: %2 relevant</source>
        <translation>%1：%2 篇相关</translation>
    </message>
    <message>
        <source>Open the Day</source>
        <translation>打开该日</translation>
    </message>
</context>
<context>
    <name>pd::ui::ExportDialog</name>
    <message>
        <source>&amp;Day digest</source>
        <translation>每日摘要(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Month overview</source>
        <translation>月度概览(&amp;M)</translation>
    </message>
    <message>
        <source>Include the paper selection &amp;prompt</source>
        <translation>附上论文筛选提示词(&amp;P)</translation>
    </message>
    <message>
        <source>Export Digest</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose a file to save the digest to.</source>
        <translation>选择用于保存摘要的文件。</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>未导出任何内容。%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another file or folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件或文件夹。</translation>
    </message>
</context>
<context>
    <name>pd::ui::FetchRangeDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Score too</source>
        <translation>同时评分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Re-fetch stored days</source>
        <translation>重新获取已保存的日期(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch Range</source>
        <translation>按范围获取</translation>
    </message>
    <message>
        <source>Score each day after fetching it, with the current model and topics</source>
        <translation>每天获取后即用当前模型和主题评分</translation>
    </message>
    <message>
        <source>Fetch stored days again; nothing stored is lost</source>
        <translation>重新获取已保存的日期；已保存的内容不会丢失</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>获取(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Fetches each announcement day in the range, one after another. An interrupted range goes on where it stopped when fetched again.</source>
        <translation>依次获取该范围内的每个公告日。中断的范围再次获取时会从中断处继续。</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>第一天晚于最后一天。</translation>
    </message>
    <message>
        <source>A range covers at most %1 days; choose a shorter one and fetch the rest after it.</source>
        <translation>一个范围最多包含 %1 天；请选择较短的范围，之后再获取其余部分。</translation>
    </message>
    <message>
        <source>No announcement day in this range: arXiv announces Monday to Friday, except on holidays.</source>
        <translation>此范围内没有公告日：arXiv 在周一至周五发布公告，假日除外。</translation>
    </message>
    <message numerus="yes">
        <source>%n announcement day(s)</source>
        <translation>
            <numerusform>%n 个公告日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already stored and skipped.</source>
        <translation>
            <numerusform>；%n 个已保存，将跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Nothing to fetch; what is not scored yet is scored.</source>
        <translation>没有需要获取的内容；尚未评分的论文将被评分。</translation>
    </message>
    <message>
        <source>Nothing to fetch.</source>
        <translation>没有需要获取的内容。</translation>
    </message>
    <message>
        <source>About %1 at one arXiv request every 3 seconds</source>
        <translation>按每 3 秒一次 arXiv 请求计算，约需 %1</translation>
    </message>
    <message>
        <source>, plus the time scoring takes.</source>
        <translation>，另加评分所需的时间。</translation>
    </message>
</context>
<context>
    <name>pd::ui::JobController</name>
    <message>
        <source>Nothing was scored: there is no API key for %1.</source>
        <translation>未进行评分：没有 %1 的 API 密钥。</translation>
    </message>
    <message>
        <source>No API Key</source>
        <translation>没有 API 密钥</translation>
    </message>
    <message>
        <source>Scoring with %1 needs an API key, and none is set.</source>
        <translation>使用 %1 评分需要 API 密钥，但尚未设置。</translation>
    </message>
    <message>
        <source>Set a key (it goes to the system keychain), or score offline this time with the keyword heuristic: overlap with your topics, not a language model.</source>
        <translation>请设置密钥（它会保存到系统密钥环），或本次使用关键词启发式离线评分：按与您主题的重合度，不使用语言模型。</translation>
    </message>
    <message>
        <source>Set Key…</source>
        <translation>设置密钥…</translation>
    </message>
    <message>
        <source>Score Offline This Time</source>
        <translation>本次离线评分</translation>
    </message>
    <message>
        <source>Nothing was scored: no API key.</source>
        <translation>未进行评分：没有 API 密钥。</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>正在获取…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>%v / %m papers</source>
        <translation>%v / %m 篇论文</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>%1 个 token，%2</translation>
    </message>
    <message>
        <source>Asking %1 for a comment needs an API key, and none is set.</source>
        <translation>请 %1 撰写评语需要 API 密钥，但尚未设置。</translation>
    </message>
    <message>
        <source>Set a key (it goes to the system keychain), and the comment is asked for.</source>
        <translation>设置一个密钥（它会保存到系统密钥环中），随后就会请求评语。</translation>
    </message>
    <message>
        <source>No comment was asked for: no API key.</source>
        <translation>未请求评语：没有 API 密钥。</translation>
    </message>
    <message>
        <source>Asking the model to explain its score…</source>
        <translation>正在请模型解释其评分…</translation>
    </message>
    <message>
        <source>Asking for the comments of newly relevant papers…</source>
        <translation>正在请求新近相关论文的评语…</translation>
    </message>
    <message numerus="yes">
        <source>Comments for %n newly relevant paper(s): %1</source>
        <translation>
            <numerusform>%n 篇新近相关论文的评语：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The newly relevant papers already have their comments.</source>
        <translation>新近相关的论文已经有评语了。</translation>
    </message>
    <message>
        <source>Comment for %1: %2</source>
        <translation>%1 的评语：%2</translation>
    </message>
    <message numerus="yes">
        <source>Comments for %n paper(s): %1</source>
        <translation>
            <numerusform>%n 篇论文的评语：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No comment came for %n paper(s); the paper view says why and offers to try again.</source>
        <translation>
            <numerusform>%n 篇论文没有收到评语；论文视图会说明原因并提供重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>剩余不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>剩余约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%v / %m days</source>
        <translation>%v / %m 天</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Digest…</source>
        <translation>导出摘要(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>导入配置(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Profile…</source>
        <translation>导出配置(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Month Overview</source>
        <translation>月度概览(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Search Papers</source>
        <translation>搜索论文(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Previous Day</source>
        <translation>前一天(&amp;P)</translation>
    </message>
    <message>
        <source>Previous announcement day ([)</source>
        <translation>上一个公告日（[）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>The latest announcement (Ctrl+T)</source>
        <translation>最新公告（Ctrl+T）</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>后一天(&amp;N)</translation>
    </message>
    <message>
        <source>Next announcement day (])</source>
        <translation>下一个公告日（]）</translation>
    </message>
    <message>
        <source>Ne&amp;xt Paper</source>
        <translation>下一篇论文(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Paper</source>
        <translation>上一篇论文(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation>获取与评分(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fetch Day</source>
        <translation>获取当日(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch this day&apos;s announcement from arXiv (Ctrl+R)</source>
        <translation>从 arXiv 获取这一天的公告（Ctrl+R）</translation>
    </message>
    <message>
        <source>Fetch and &amp;Score</source>
        <translation>获取并评分(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch this day if needed and score what is not scored yet (Ctrl+Shift+R)</source>
        <translation>必要时获取这一天，并为尚未评分的论文评分（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Re&amp;fresh from arXiv</source>
        <translation>从 arXiv 刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch this day again even though it is stored; nothing stored is lost</source>
        <translation>即使已保存也重新获取这一天；已保存的内容不会丢失</translation>
    </message>
    <message>
        <source>&amp;Re-score with Current Settings</source>
        <translation>按当前设置重新评分(&amp;R)</translation>
    </message>
    <message>
        <source>Score this day under the current topics and prompt; earlier scores are kept</source>
        <translation>按当前主题和提示词为这一天评分；之前的评分会保留</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop fetching or scoring; what is stored stays</source>
        <translation>停止获取或评分；已保存的内容会保留</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>论文(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open Abstract Page</source>
        <translation>打开摘要页面(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;PDF</source>
        <translation>打开 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>Copy &amp;BibTeX</source>
        <translation>复制 BibTeX(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>加星标(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>标为未读(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Paperdesk</source>
        <translation>关于 Paperdesk(&amp;A)</translation>
    </message>
    <message>
        <source>About Paperdesk</source>
        <translation>关于 Paperdesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Paperdesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop reader for the daily arXiv announcement: it fetches the new papers of your categories and has a language model score them against your own topics.&lt;/p&gt;&lt;p&gt;Thank you to arXiv for use of its open access interoperability.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Paperdesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;每日 arXiv 公告的桌面阅读器：它获取您所关注分类的新论文，并让语言模型根据您自己的主题为其评分。&lt;/p&gt;&lt;p&gt;感谢 arXiv 提供开放获取的互操作接口。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Relevance ≥ </source>
        <translation>相关性 ≥</translation>
    </message>
    <message>
        <source>What counts as relevant; changing it does not re-score</source>
        <translation>判定为相关的标准；修改它不会重新评分</translation>
    </message>
    <message>
        <source>Novelty ≥ </source>
        <translation>新颖性 ≥</translation>
    </message>
    <message>
        <source>Un&amp;star</source>
        <translation>取消星标(&amp;S)</translation>
    </message>
    <message>
        <source>Mark &amp;Read</source>
        <translation>标为已读(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Paper</source>
        <translation>下一篇未读论文(&amp;U)</translation>
    </message>
    <message>
        <source>The next unread paper, on to the next topic when this one is read (Space)</source>
        <translation>下一篇未读论文；当前主题读完后转到下一个主题（空格）</translation>
    </message>
    <message>
        <source>Previous U&amp;nread Paper</source>
        <translation>上一篇未读论文(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mark Day Read</source>
        <translation>将当日标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Mark every paper of this day read (Ctrl+Shift+M)</source>
        <translation>将这一天的所有论文标为已读（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Search &amp;All Days…</source>
        <translation>搜索所有日期(&amp;A)…</translation>
    </message>
    <message>
        <source>Import &amp;Library…</source>
        <translation>导入文献库(&amp;L)…</translation>
    </message>
    <message>
        <source>BibTeX, RIS, CSL JSON or Zotero&apos;s zotero.sqlite: what you keep teaches For you</source>
        <translation>BibTeX、RIS、CSL JSON 或 Zotero 的 zotero.sqlite：“为你推荐”会从您收藏的文献中学习</translation>
    </message>
    <message>
        <source>&amp;Like</source>
        <translation>喜欢(&amp;L)</translation>
    </message>
    <message>
        <source>More like this in For you</source>
        <translation>在“为你推荐”中多推荐类似的论文</translation>
    </message>
    <message>
        <source>&amp;Dislike</source>
        <translation>不喜欢(&amp;D)</translation>
    </message>
    <message>
        <source>Less like this in For you</source>
        <translation>在“为你推荐”中少推荐类似的论文</translation>
    </message>
    <message>
        <source>Export &amp;References…</source>
        <translation>导出参考文献(&amp;R)…</translation>
    </message>
    <message>
        <source>The selected, starred or relevant papers as BibTeX, RIS or CSL JSON</source>
        <translation>将选中、已加星标或相关的论文导出为 BibTeX、RIS 或 CSL JSON</translation>
    </message>
    <message>
        <source>Save to &amp;Zotero</source>
        <translation>保存到 Zotero(&amp;Z)</translation>
    </message>
    <message>
        <source>Send the selected papers to the Zotero app running on this computer</source>
        <translation>将选中的论文发送到本机正在运行的 Zotero</translation>
    </message>
    <message>
        <source>Fetch (and score) every announcement day between two dates</source>
        <translation>获取（并评分）两个日期之间的每个公告日</translation>
    </message>
    <message>
        <source>&amp;Set Up Paperdesk…</source>
        <translation>Paperdesk 设置向导(&amp;S)…</translation>
    </message>
    <message>
        <source>Fields, interests, model and a first catch-up, step by step</source>
        <translation>逐步设置领域、兴趣、模型，并首次补齐最近几天</translation>
    </message>
    <message>
        <source>Fetch Ran&amp;ge…</source>
        <translation>按范围获取(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>Paperdesk</source>
        <translation>Paperdesk</translation>
    </message>
    <message>
        <source>BibTeX of %1 copied.</source>
        <translation>已复制 %1 的 BibTeX。</translation>
    </message>
    <message>
        <source>No web browser could open %1. The link is copied to the clipboard: paste it into a browser, or set a default browser in your desktop&apos;s settings.</source>
        <translation>没有网页浏览器能打开 %1。链接已复制到剪贴板：请将其粘贴到浏览器中，或在桌面环境的设置中设置默认浏览器。</translation>
    </message>
    <message>
        <source>No unread papers left on this day.</source>
        <translation>这一天已没有未读论文。</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) marked read.</source>
        <translation>
            <numerusform>已将 %n 篇论文标为已读。</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to %1 copied.</source>
        <translation>已复制 %1 的链接。</translation>
    </message>
    <message>
        <source>Import Library</source>
        <translation>导入文献库</translation>
    </message>
    <message>
        <source>Libraries (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;Zotero database (zotero.sqlite);;All files (*)</source>
        <translation>文献库 (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;Zotero 数据库 (zotero.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>%1: read %2, kept %3 (%4 already imported), %5 match stored papers, skipped %6.</source>
        <translation>%1：读取 %2 条，保留 %3 条（%4 条已导入过），%5 条与已存储的论文匹配，跳过 %6 条。</translation>
    </message>
    <message>
        <source>For you learns from it now, on its own; the table updates when it is done.</source>
        <translation>“为你推荐”现在会自行从中学习；完成后表格会自动更新。</translation>
    </message>
    <message>
        <source>The daily run for %1 has started.</source>
        <translation>%1 的每日运行已开始。</translation>
    </message>
    <message>
        <source>Open Paperdesk</source>
        <translation>打开 Paperdesk</translation>
    </message>
    <message>
        <source>Fetch and Score Now</source>
        <translation>立即获取并评分</translation>
    </message>
    <message>
        <source>Quit Paperdesk</source>
        <translation>退出 Paperdesk</translation>
    </message>
    <message>
        <source>Paperdesk: next run %1</source>
        <translation>Paperdesk：下次运行 %1</translation>
    </message>
    <message>
        <source>Paperdesk keeps running</source>
        <translation>Paperdesk 继续运行</translation>
    </message>
    <message>
        <source>The daily run needs Paperdesk in the tray (next: %1). Quit from the tray menu or File → Quit.</source>
        <translation>每日运行需要 Paperdesk 留在系统托盘中（下次：%1）。可从托盘菜单或“文件 → 退出”退出。</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n paper(s) to Zotero…</source>
        <translation>
            <numerusform>正在将 %n 篇论文发送到 Zotero…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n paper(s) to Zotero.</source>
        <translation>
            <numerusform>已将 %n 篇论文保存到 Zotero。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy BibTeX Instead</source>
        <translation>改为复制 BibTeX</translation>
    </message>
    <message numerus="yes">
        <source>BibTeX of %n paper(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 篇论文的 BibTeX。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export References</source>
        <translation>导出参考文献</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>The references were not written to %1: %2</source>
        <translation>参考文献未写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reference(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条参考文献导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>pd::ui::MonthDayCell</name>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>No announcement</source>
        <translation>无公告</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>未获取</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Fetch failed</source>
        <translation>获取失败</translation>
    </message>
    <message>
        <source>Scoring failed</source>
        <translation>评分失败</translation>
    </message>
    <message>
        <source>$ ?</source>
        <translation>$ ?</translation>
    </message>
    <message>
        <source>%1 relevant of %2</source>
        <translation>%2 篇中 %1 篇相关</translation>
    </message>
    <message numerus="yes">
        <source>fetched, %n scanned, not scored</source>
        <translation>
            <numerusform>已获取，已筛选 %n 篇，未评分</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch failed</source>
        <translation>获取失败</translation>
    </message>
    <message>
        <source>scoring failed</source>
        <translation>评分失败</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts a screen reader says for a day.</extracomment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>pd::ui::MonthOverview</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Papers listed</source>
        <translation>列出的论文</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2 · cached %3 · %4 requests</source>
        <translation>提示 %1 · 补全 %2 · 缓存 %3 · %4 次请求</translation>
    </message>
    <message>
        <source>%1 + ?</source>
        <translation>%1 + ?</translation>
    </message>
    <message>
        <source>Latest model: %1</source>
        <translation>最新模型：%1</translation>
    </message>
    <message>
        <source>Days with an unknown cost: %1 (their model has no price in the profile).</source>
        <translation>费用未知的天数：%1（配置中没有其模型的价格）。</translation>
    </message>
    <message>
        <source>No month</source>
        <translation>无月份</translation>
    </message>
    <message>
        <source>Nothing was fetched for %1 yet: choose a day in the calendar to fetch it.</source>
        <translation>%1 尚未获取任何内容：请在日历中选择一天进行获取。</translation>
    </message>
    <message>
        <source>Topic coverage</source>
        <translation>主题覆盖</translation>
    </message>
    <message>
        <source>%1: %2 relevant papers</source>
        <translation>%1：%2 篇相关论文</translation>
    </message>
    <message>
        <source>Relevant papers of the month by primary topic.</source>
        <translation>本月相关论文，按主要主题分类。</translation>
    </message>
    <message>
        <source>Top papers by topic</source>
        <translation>各主题热门论文</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No relevant papers this month.</source>
        <translation>本月没有相关论文。</translation>
    </message>
    <message>
        <source>%1 · relevance %2, novelty %3</source>
        <translation>%1 · 相关性 %2，新颖性 %3</translation>
    </message>
    <message>
        <source>arXiv %1, listed %2. Open the day with this paper selected.</source>
        <translation>arXiv %1，列出于 %2。打开这一天并选中这篇论文。</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>Announcement days of %1</source>
        <translation>%1 的公告日</translation>
    </message>
</context>
<context>
    <name>pd::ui::PaperContextMenu</name>
    <message>
        <source>Explain This Score</source>
        <translation>解释此评分</translation>
    </message>
    <message>
        <source>The model&apos;s comment on this paper has been asked for</source>
        <translation>已向模型请求对这篇论文的评语</translation>
    </message>
    <message>
        <source>Ask the model why it scored this paper as it did</source>
        <translation>询问模型为何给这篇论文这样的评分</translation>
    </message>
</context>
<context>
    <name>pd::ui::PaperTableModel</name>
    <message numerus="yes">
        <source>%1, … (%n authors)</source>
        <translation>
            <numerusform>%1 等（%n 位作者）</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>▲ entered</source>
        <translation>▲ 新进入</translation>
    </message>
    <message>
        <source>▼ left</source>
        <translation>▼ 已移出</translation>
    </message>
    <message>
        <source>Left out before scoring: %1</source>
        <translation>评分前被排除：%1</translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation>评分失败：%1</translation>
    </message>
    <message>
        <source>Offline heuristic estimate, not a model&apos;s score. %1</source>
        <translation>离线启发式估计，而非模型评分。%1</translation>
    </message>
    <message>
        <source>Not scored yet under this profile.</source>
        <translation>在此配置下尚未评分。</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>未加星标</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Relevant under the new settings, not under the old ones</source>
        <translation>在新设置下相关，在旧设置下不相关</translation>
    </message>
    <message>
        <source>Relevant under the old settings, not under the new ones</source>
        <translation>在旧设置下相关，在新设置下不相关</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>The topic of your profile the paper fits best</source>
        <translation>您配置中与这篇论文最匹配的主题</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Relevance to your topics, 1–10</source>
        <translation>与您主题的相关性，1–10</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Novelty, 1–10</source>
        <translation>新颖性，1–10</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>新颖性</translation>
    </message>
    <message>
        <source>Relevance + novelty, 2–20</source>
        <translation>相关性 + 新颖性，2–20</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Hotspot tags: the day&apos;s buzz, whatever your topics</source>
        <translation>热点标签：当天的热门话题，与您的主题无关</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>Unread papers are marked ● and shown in bold</source>
        <translation>未读论文以 ● 标记并以粗体显示</translation>
    </message>
    <message>
        <source>After a re-score: papers that entered or left the relevant set</source>
        <translation>重新评分后：进入或离开相关集合的论文</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Rel.</source>
        <comment>short for Relevance in a narrow table</comment>
        <translation>相关</translation>
    </message>
    <message>
        <source>Nov.</source>
        <comment>short for Novelty in a narrow table</comment>
        <translation>新颖</translation>
    </message>
    <message>
        <source>For you %1: how close it is to what you liked (the paper view says why)</source>
        <translation>为你推荐 %1：与您喜欢的论文有多接近（论文视图会说明原因）</translation>
    </message>
    <message>
        <source>For you starts with %1 liked papers: like papers (+), star them or import your library</source>
        <translation>“为你推荐”在有 %1 篇喜欢的论文后启用：喜欢论文 (+)、为其加星标或导入您的文献库</translation>
    </message>
    <message>
        <source>For you, 0–10: learned from your likes, stars and library; no LLM, no cost</source>
        <translation>为你推荐，0–10：从您的喜欢、星标和文献库中学习得出；不用 LLM，没有费用</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>为你推荐</translation>
    </message>
</context>
<context>
    <name>pd::ui::PaperView</name>
    <message>
        <source>Open abstract</source>
        <translation>打开摘要</translation>
    </message>
    <message>
        <source>Open the paper&apos;s arXiv abstract page in your browser</source>
        <translation>在浏览器中打开这篇论文的 arXiv 摘要页面</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Open the paper&apos;s PDF on arXiv in your browser</source>
        <translation>在浏览器中打开这篇论文在 arXiv 上的 PDF</translation>
    </message>
    <message>
        <source>Copy BibTeX</source>
        <translation>复制 BibTeX</translation>
    </message>
    <message>
        <source>Copy a BibTeX entry for this paper to the clipboard</source>
        <translation>将这篇论文的 BibTeX 条目复制到剪贴板</translation>
    </message>
    <message>
        <source>Star this paper to find it again under Starred, or remove the star</source>
        <translation>为这篇论文加星标，以便在“已加星标”中再次找到它，或取消星标</translation>
    </message>
    <message>
        <source>Mark this paper as read or unread</source>
        <translation>将这篇论文标为已读或未读</translation>
    </message>
    <message>
        <source>Write a note about this paper</source>
        <translation>为这篇论文写笔记</translation>
    </message>
    <message>
        <source>Paper details</source>
        <translation>论文详情</translation>
    </message>
    <message>
        <source>Select a paper to read it here.</source>
        <translation>选择一篇论文即可在此阅读。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>new submission</source>
        <translation>新投稿</translation>
    </message>
    <message>
        <source>cross-list</source>
        <translation>交叉列出</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>替换版本</translation>
    </message>
    <message>
        <source>cross-list replacement</source>
        <translation>交叉列出的替换版本</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>No abstract.</source>
        <translation>没有摘要。</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Journal reference:</source>
        <translation>期刊引用：</translation>
    </message>
    <message>
        <source>DOI:</source>
        <translation>DOI：</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>您的笔记</translation>
    </message>
    <message>
        <source>Filtered out before scoring:</source>
        <translation>评分前已被过滤：</translation>
    </message>
    <message>
        <source>Not scored yet under this profile.</source>
        <translation>在此配置下尚未评分。</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <source>Scoring failed:</source>
        <translation>评分失败：</translation>
    </message>
    <message>
        <source>relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>below your thresholds (relevance %1, novelty %2)</source>
        <translation>低于您的阈值（相关性 %1，新颖性 %2）</translation>
    </message>
    <message>
        <source>Relevance %1 · Novelty %2</source>
        <translation>相关性 %1 · 新颖性 %2</translation>
    </message>
    <message>
        <source>heuristic estimate, not a language model&apos;s score</source>
        <translation>启发式估计，而非语言模型的评分</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Also matches:</source>
        <translation>同时匹配：</translation>
    </message>
    <message>
        <source>daily hot</source>
        <translation>今日热门</translation>
    </message>
    <message>
        <source>new frontier</source>
        <translation>新方向</translation>
    </message>
    <message>
        <source>Hotspot:</source>
        <translation>热点：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评论：</translation>
    </message>
    <message>
        <source>Topic match:</source>
        <translation>主题匹配：</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>标为未读</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>笔记…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Your note on arXiv:%1:</source>
        <translation>您对 arXiv:%1 的笔记：</translation>
    </message>
    <message>
        <source>Scoring under the current settings failed:</source>
        <translation>在当前设置下评分失败：</translation>
    </message>
    <message>
        <source>Asking the model for its comment on this paper…</source>
        <translation>正在请模型为这篇论文撰写评语…</translation>
    </message>
    <message>
        <source>No comment:</source>
        <translation>没有评语：</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>No comment yet: it was not asked while this paper scored below your thresholds.</source>
        <translation>尚无评语：这篇论文的评分低于您的阈值时未请求评语。</translation>
    </message>
    <message>
        <source>No comment: comments are asked only for papers that pass your thresholds or carry a hotspot tag.</source>
        <translation>没有评语：只有达到您的阈值或带有热点标签的论文才会请求评语。</translation>
    </message>
    <message>
        <source>Explain this score</source>
        <translation>解释此评分</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <source>More papers like this one in For you (+)</source>
        <translation>在“为你推荐”中多推荐类似这篇的论文 (+)</translation>
    </message>
    <message>
        <source>Dislike</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <source>Fewer papers like this one in For you (-)</source>
        <translation>在“为你推荐”中少推荐类似这篇的论文 (-)</translation>
    </message>
    <message>
        <source>For you:</source>
        <translation>为你推荐：</translation>
    </message>
    <message>
        <source>like your library:</source>
        <translation>与您文献库中的相似：</translation>
    </message>
    <message>
        <source>words that count:</source>
        <translation>起作用的词：</translation>
    </message>
    <message>
        <source>Save to Zotero</source>
        <translation>保存到 Zotero</translation>
    </message>
    <message>
        <source>Send this paper to the Zotero app running on this computer</source>
        <translation>将这篇论文发送到本机正在运行的 Zotero</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProfileController</name>
    <message>
        <source>Profile not saved</source>
        <translation>配置未保存</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>配置 (*.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>配置未导入</translation>
    </message>
    <message>
        <source>%1

Your current profile is unchanged.</source>
        <translation>%1

您当前的配置保持不变。</translation>
    </message>
    <message>
        <source>Imported the profile from %1.</source>
        <translation>已从 %1 导入配置。</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>配置未导出</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReferencesDialog</name>
    <message>
        <source>Export References</source>
        <translation>导出参考文献</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected papers (%n)</source>
        <translation>
            <numerusform>选中的论文（%n）(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every s&amp;tarred paper, on any day (%n)</source>
        <translation>
            <numerusform>所有已加星标的论文，不限日期（%n）(&amp;T)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;relevant papers of %1 (%n)</source>
        <translation>
            <numerusform>%1 的相关论文（%n）(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>BibTeX (.bib) — LaTeX, JabRef, most managers</source>
        <translation>BibTeX (.bib) — LaTeX、JabRef 及大多数文献管理软件</translation>
    </message>
    <message>
        <source>RIS (.ris) — EndNote, Mendeley, Zotero</source>
        <translation>RIS (.ris) — EndNote、Mendeley、Zotero</translation>
    </message>
    <message>
        <source>CSL JSON (.json) — Zotero, Pandoc, citeproc</source>
        <translation>CSL JSON (.json) — Zotero、Pandoc、citeproc</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>pd::ui::ScoreDelegate</name>
    <message>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>%1 %2 of %3, relevant</source>
        <translation>%1 %2 / %3，相关</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
</context>
<context>
    <name>pd::ui::SearchField</name>
    <message>
        <source>Search title, authors, abstract (Ctrl+F)</source>
        <translation>搜索标题、作者、摘要（Ctrl+F）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupCatchUpPage</name>
    <message>
        <source>Catch Up</source>
        <translation>补齐最近几天</translation>
    </message>
    <message>
        <source>Fetch and score the last few announcement days, so the week&apos;s papers are there.</source>
        <translation>获取并评分最近几个公告日，让本周的论文都在这里。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fetch and score the last &amp;announcement days:</source>
        <translation>获取并评分最近的公告日数(&amp;A)：</translation>
    </message>
    <message>
        <source>At Finish</source>
        <translation>点击“完成”时</translation>
    </message>
    <message>
        <source>The window fetches the days one after another (arXiv asks for three seconds between requests), then scores them, with progress at the bottom of the window; Papers → Cancel stops it. Days already stored are not fetched again.</source>
        <translation>窗口会依次获取这些日期（arXiv 要求两次请求之间间隔三秒），然后为其评分，进度显示在窗口底部；“获取与评分 → 取消”可将其停止。已保存的日期不会重新获取。</translation>
    </message>
    <message>
        <source>Nothing is fetched now; Papers → Fetch and Score fetches any day later.</source>
        <translation>现在不获取任何内容；之后可用“获取与评分 → 获取并评分”获取任意一天。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): %1.</source>
        <translation>
            <numerusform>%n 天：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories unchanged: %1.</source>
        <translation>分类不变：%1。</translation>
    </message>
    <message>
        <source>Categories: %1.</source>
        <translation>分类：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Topics unchanged (%n).</source>
        <translation>
            <numerusform>主题不变（%n 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) from your description.</source>
        <translation>
            <numerusform>根据您的描述生成的 %n 个主题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring offline with the keyword heuristic.</source>
        <translation>使用关键词启发式离线评分。</translation>
    </message>
    <message>
        <source>Scoring with %1 (%2).</source>
        <translation>使用 %1（%2）评分。</translation>
    </message>
    <message>
        <source>Scoring with %1 (%2); the key goes to the keychain.</source>
        <translation>使用 %1（%2）评分；密钥将存入密钥环。</translation>
    </message>
    <message>
        <source>Importing the library %1.</source>
        <translation>导入文献库 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Fetching and scoring the last %n announcement day(s).</source>
        <translation>
            <numerusform>获取并评分最近 %n 个公告日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fetched now.</source>
        <translation>现在不获取任何内容。</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupFieldsPage</name>
    <message>
        <source>Fields</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Which arXiv categories Paperdesk fetches each day. One request covers them all.</source>
        <translation>Paperdesk 每天获取哪些 arXiv 分类。一次请求即可涵盖全部分类。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Papers a day</source>
        <translation>每日论文数</translation>
    </message>
    <message>
        <source>Known once a day has been fetched</source>
        <translation>获取过一天后即可得知</translation>
    </message>
    <message>
        <source>Not known: the stored days were fetched for other categories</source>
        <translation>未知：已保存的日期是为其他分类获取的</translation>
    </message>
    <message>
        <source>A code, a subject or a field, e.g. robotics or cs.RO</source>
        <translation>代码、学科或领域，例如 robotics 或 cs.RO</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Papers a day shows once days have been fetched.</source>
        <translation>获取过日期后会显示“每日论文数”。</translation>
    </message>
    <message numerus="yes">
        <source>Papers a day: the average of the %n stored day(s), for the categories they were fetched for.</source>
        <translation>
            <numerusform>每日论文数：%n 个已保存日期的平均值，按其获取时的分类计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>An archive such as “cs” takes every category in it; double-click or press Space to choose a row.</source>
        <translation>像“cs”这样的归档包含其中的所有分类；双击或按空格键选择一行。</translation>
    </message>
    <message>
        <source>Choose at least one category, or Skip to keep %1.</source>
        <translation>请至少选择一个分类，或点击“跳过”以保留 %1。</translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <translation>已选：%1。</translation>
    </message>
    <message>
        <source>About %1 papers a day to score.</source>
        <translation>每天约有 %1 篇论文需要评分。</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupInterestsPage</name>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>What you read: the model scores every paper against your topics.</source>
        <translation>您读什么：模型会根据您的主题为每篇论文评分。</translation>
    </message>
    <message>
        <source>&amp;Keep the reference topics</source>
        <translation>保留参考主题(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Describe what you read, and draft topics from it</source>
        <translation>描述您读什么，并据此草拟主题(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s): %1.</source>
        <translation>
            <numerusform>%n 个主题：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference digests&apos; topics, written for a machine-learning researcher. %1</source>
        <translation>参考摘要的主题，为机器学习研究者编写。%1</translation>
    </message>
    <message>
        <source>A few sentences, e.g.: I work on robot learning, mostly sim-to-real transfer and dexterous manipulation. I also follow world models. I don&apos;t need pure benchmark papers.</source>
        <translation>几句话，例如：我研究机器人学习，主要是仿真到现实迁移和灵巧操作。我也关注世界模型。我不需要纯基准测试论文。</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>No library chosen</source>
        <translation>未选择文献库</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>BibTeX, RIS, CSL JSON or zotero.sqlite. For you learns what you like from it, beside the topics; it is imported at Finish.</source>
        <translation>BibTeX、RIS、CSL JSON 或 zotero.sqlite。除主题外，“为你推荐”还会从中学习您喜欢什么；点击“完成”时导入。</translation>
    </message>
    <message>
        <source>Your library (optional)</source>
        <translation>您的文献库（可选）</translation>
    </message>
    <message>
        <source>On Next, one request to %1 drafts the topics from your text, for you to edit.</source>
        <translation>点击“下一步”时，会向 %1 发送一次请求，根据您的文本草拟主题，供您编辑。</translation>
    </message>
    <message>
        <source>On Next, the topics are drafted here from your text&apos;s key phrases, for you to edit. With a model and its key (the previous step) the model drafts them.</source>
        <translation>点击“下一步”时，会在本机根据您文本中的关键短语草拟主题，供您编辑。如有模型及其密钥（上一步），则由模型草拟。</translation>
    </message>
    <message>
        <source>Choose a Library</source>
        <translation>选择文献库</translation>
    </message>
    <message>
        <source>Libraries (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;Zotero database (zotero.sqlite);;All files (*)</source>
        <translation>文献库 (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;Zotero 数据库 (zotero.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1 Choose another, or go on without one.</source>
        <translation>无法导入此文件：%1 请选择其他文件，或不使用文献库继续。</translation>
    </message>
    <message>
        <source>%1 with %2 usable entries (of %3). Imported at Finish; For you then learns from them.</source>
        <translation>%1，含 %2 条可用条目（共 %3 条）。点击“完成”时导入；之后“为你推荐”会从中学习。</translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupModelPage</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Which language model scores the papers, or score offline by keyword overlap.</source>
        <translation>由哪个语言模型为论文评分，或按关键词重叠离线评分。</translation>
    </message>
    <message>
        <source>%1 (on this computer, free)</source>
        <translation>%1（在本机运行，免费）</translation>
    </message>
    <message>
        <source>Offline: keyword heuristic, no key and no cost</source>
        <translation>离线：关键词启发式，无需密钥，没有费用</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8000/v1</source>
        <translation>例如 http://localhost:8000/v1</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>服务商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>预计费用</translation>
    </message>
    <message>
        <source>Batching, prompts, prices and the connection test are in Settings → Model later.</source>
        <translation>批处理、提示词、价格和连接测试稍后可在“设置 → 模型”中找到。</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>获取密钥</translation>
    </message>
    <message>
        <source>Your %1 key; stored in the keychain at Finish</source>
        <translation>您的 %1 密钥；点击“完成”时存入密钥环</translation>
    </message>
    <message>
        <source>Offline scores come from the keyword overlap of each paper with your topics: no key, no network, no cost, and much less judgement than a language model.</source>
        <translation>离线评分来自每篇论文与您的主题之间的关键词重叠：无需密钥、无需网络、没有费用，但判断力远不如语言模型。</translation>
    </message>
    <message>
        <source>A server on this computer needs no key.</source>
        <translation>本机上的服务器无需密钥。</translation>
    </message>
    <message>
        <source>PAPERDESK_API_KEY is set: Paperdesk uses it, whatever the keychain holds.</source>
        <translation>已设置 PAPERDESK_API_KEY：无论密钥环中存有什么，Paperdesk 都使用它。</translation>
    </message>
    <message>
        <source>No keychain is available, so no key can be stored: set PAPERDESK_API_KEY instead.</source>
        <translation>没有可用的密钥环，因此无法保存密钥：请改为设置 PAPERDESK_API_KEY。</translation>
    </message>
    <message>
        <source>The key goes to the system keychain when you click Finish, never to a file.</source>
        <translation>点击“完成”时，密钥会存入系统密钥环，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>正在检查密钥环…</translation>
    </message>
    <message>
        <source>A key for %1 is already in the keychain; type one only to replace it.</source>
        <translation>密钥环中已有 %1 的密钥；只有要替换它时才需输入。</translation>
    </message>
    <message>
        <source>Optional now: without a key Paperdesk asks for one when it first scores. The key goes to the system keychain at Finish, never to a file.</source>
        <translation>现在可不填：没有密钥时，Paperdesk 会在首次评分时询问。点击“完成”时，密钥会存入系统密钥环，绝不会写入文件。</translation>
    </message>
    <message>
        <source>The offline heuristic costs nothing.</source>
        <translation>离线启发式不产生费用。</translation>
    </message>
    <message>
        <source>A model on this computer costs nothing but its time.</source>
        <translation>本机上的模型除了耗时之外不产生费用。</translation>
    </message>
    <message>
        <source>An estimated daily cost shows here once a day has been fetched.</source>
        <translation>获取过一天后，这里会显示预计的每日费用。</translation>
    </message>
    <message>
        <source>An estimated daily cost shows here once a day of the chosen categories has been fetched.</source>
        <translation>获取过所选分类的一天后，这里会显示预计的每日费用。</translation>
    </message>
    <message>
        <source>About %1 papers a day. The price of %2 is not known, so neither is the cost: add its price in Settings → Model.</source>
        <translation>每天约 %1 篇论文。%2 的价格未知，因此费用也未知：请在“设置 → 模型”中添加其价格。</translation>
    </message>
    <message>
        <source>About %1 a day with %2, for the %3 papers a day your categories had on the stored days (%4 requests, without prompt caching).</source>
        <translation>使用 %2 每天约 %1，按您的分类在已保存日期中每天 %3 篇论文计算（%4 次请求，不含提示缓存）。</translation>
    </message>
    <message numerus="yes">
        <source>About %1 for %n day(s) with %2, at %3 a day for about %4 papers.</source>
        <translation>
            <numerusform>使用 %2 处理 %n 天约需 %1，按每天约 %4 篇论文、每天 %3 计算。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupTopicsPage</name>
    <message>
        <source>Your Topics</source>
        <translation>您的主题</translation>
    </message>
    <message>
        <source>Drafted from your description. Edit, add or remove them; Skip keeps the reference topics.</source>
        <translation>根据您的描述草拟。可编辑、添加或删除；“跳过”则保留参考主题。</translation>
    </message>
    <message>
        <source>Asking %1 to draft topics from your description…</source>
        <translation>正在请 %1 根据您的描述草拟主题…</translation>
    </message>
    <message>
        <source>Drafting topics from your description…</source>
        <translation>正在根据您的描述草拟主题…</translation>
    </message>
    <message>
        <source>Your description gave no key phrases to draft from. Add topics here, go Back and say more, or Skip to keep the reference topics.</source>
        <translation>您的描述中没有可用于草拟的关键短语。请在此添加主题，或点击“上一步”补充描述，或点击“跳过”保留参考主题。</translation>
    </message>
    <message numerus="yes">
        <source>%1 drafted %n topic(s) from your description, for about %2. Edit them as you like.</source>
        <translation>
            <numerusform>%1 根据您的描述草拟了 %n 个主题，费用约 %2。可随意编辑。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 drafted %n topic(s) from your description. Edit them as you like.</source>
        <translation>
            <numerusform>%1 根据您的描述草拟了 %n 个主题。可随意编辑。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) drafted from your description&apos;s key phrases: a start to edit, with the Keep and Filter texts in your own words.</source>
        <translation>
            <numerusform>根据您描述中的关键短语草拟了 %n 个主题：可作为编辑的起点，其中“保留”和“过滤”文本使用您自己的原话。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::SetupWizard</name>
    <message>
        <source>Set Up Paperdesk</source>
        <translation>Paperdesk 设置向导</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Leave this step as it is and go on</source>
        <translation>保持此步骤不变并继续</translation>
    </message>
    <message>
        <source>&amp;Skip and Finish</source>
        <translation>跳过并完成(&amp;S)</translation>
    </message>
    <message>
        <source>These settings cannot be used yet: %1

Go back to the step it names, or skip it to keep what was there.</source>
        <translation>这些设置暂时无法使用：%1

请返回其中提到的步骤，或跳过该步骤以保留原有设置。</translation>
    </message>
    <message>
        <source>The key was not stored. %1

Clear the key on the Model step to finish without it, or Cancel.</source>
        <translation>密钥未保存。%1

请在“模型”步骤中清除密钥，以便不保存密钥而完成，或点击“取消”。</translation>
    </message>
</context>
<context>
    <name>pd::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>pd::ui::TopicTreeModel</name>
    <message>
        <source>All scanned</source>
        <translation>全部已扫描</translation>
    </message>
    <message>
        <source>Every paper the prefilter kept</source>
        <translation>预过滤保留的所有论文</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>Papers the model tagged as the day&apos;s buzz, whatever your topics</source>
        <translation>模型标记为当天热门话题的论文，与您的主题无关</translation>
    </message>
    <message>
        <source>Broadly important to the day</source>
        <translation>对当天而言普遍重要</translation>
    </message>
    <message>
        <source>Opens a new direction</source>
        <translation>开辟了新方向</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Papers you starred</source>
        <translation>您加了星标的论文</translation>
    </message>
    <message>
        <source>Failed / unscored</source>
        <translation>失败 / 未评分</translation>
    </message>
    <message>
        <source>Papers without a score under this profile: run scoring again to fill them in</source>
        <translation>在此配置下没有评分的论文：再次运行评分即可补全</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>Papers the prefilter left out before scoring</source>
        <translation>预过滤在评分前排除的论文</translation>
    </message>
    <message>
        <source>Relevance ≥ %1 and novelty ≥ %2, scores made under earlier settings included</source>
        <translation>相关性 ≥ %1 且新颖性 ≥ %2，包括先前设置下的评分</translation>
    </message>
    <message>
        <source>%1 (%2, %3 unread)</source>
        <translation>%1（%2，%3 篇未读）</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <source>Papers close to what you liked (For you ≥ %1) that the model did not find relevant: the ones it may have missed</source>
        <translation>与您喜欢的论文相近（为你推荐 ≥ %1）但模型未判为相关的论文：可能被它漏掉的那些</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>New versions of papers you starred, liked or wrote a note on; they are never filtered</source>
        <translation>您加星标、喜欢或写过笔记的论文的新版本；它们永远不会被过滤</translation>
    </message>
</context>
<context>
    <name>pd::ui::TreeCountDelegate</name>
    <message>
        <source>%1 / %2</source>
        <comment>unread / papers under a tree node</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::DailyPage</name>
    <message>
        <source>&amp;Fetch and score automatically after each announcement</source>
        <translation>每次公告后自动获取并评分(&amp;F)</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a run is done</source>
        <translation>运行完成时显示桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>Daily run</source>
        <translation>每日运行</translation>
    </message>
    <message>
        <source>&amp;At (local time):</source>
        <translation>时间（本地）(&amp;A)：</translation>
    </message>
    <message>
        <source>It runs while Paperdesk is open or in the system tray, and catches up once at start when a run was missed. For runs while Paperdesk is closed, use a systemd timer: paperdesk schedule install</source>
        <translation>它在 Paperdesk 打开或位于系统托盘时运行，若错过一次运行，会在启动时补做一次。若要在 Paperdesk 关闭时运行，请使用 systemd 定时器：paperdesk schedule install</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&quot;21 April: 33 relevant, 3 hot ($1.32)&quot;. Clicking it opens the day.</source>
        <translation>“4月21日：33 篇相关，3 篇热点（$1.32）”。点击即可打开该日。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Runs on their own after arXiv&apos;s announcement, and tells you when they are done.</source>
        <translation>在 arXiv 公告后自动运行，并在完成时通知您。</translation>
    </message>
    <message>
        <source>That is %1 in New York. arXiv announces at 20:00 New York time (%2 here), Sunday to Thursday; the run fetches the announcement that came out before it.</source>
        <translation>即纽约时间 %1。arXiv 于周日至周四纽约时间 20:00（本地 %2）发布公告；运行会获取在它之前发布的公告。</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::ModelPage</name>
    <message>
        <source>Offline heuristic</source>
        <translation>离线启发式</translation>
    </message>
    <message>
        <source> papers</source>
        <translation> 篇论文</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Papers per request. Smaller batches cost more prompt tokens; larger ones risk answers cut off at the model&apos;s output limit.</source>
        <translation>每次请求包含的论文数。批次越小，提示 token 花费越多；批次越大，回答越可能因达到模型输出上限而被截断。</translation>
    </message>
    <message>
        <source>Requests sent at the same time.</source>
        <translation>同时发送的请求数。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>批大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>并发请求数(&amp;F)：</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <source>Re&amp;tries:</source>
        <translation>重试次数(&amp;T)：</translation>
    </message>
    <message>
        <source>Set Key…</source>
        <translation>设置密钥…</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>API key and connection</source>
        <translation>API 密钥与连接</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Prices in dollars per million tokens</source>
        <translation>每百万 token 的价格（美元）</translation>
    </message>
    <message>
        <source>Which language model scores the papers, how it is called, and what it costs.</source>
        <translation>由哪个语言模型为论文评分、如何调用它以及它的费用。</translation>
    </message>
    <message>
        <source>Base URL: “%1” is not an http(s) URL.</source>
        <translation>基础 URL：“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>Model: name the model to use, such as gpt-5.4.</source>
        <translation>模型：请指定要使用的模型，例如 gpt-5.4。</translation>
    </message>
    <message>
        <source>The offline heuristic needs no key.</source>
        <translation>离线启发式不需要密钥。</translation>
    </message>
    <message>
        <source>PAPERDESK_API_KEY is set and overrides the keychain.</source>
        <translation>已设置 PAPERDESK_API_KEY，它优先于密钥环。</translation>
    </message>
    <message>
        <source>no keychain service was found</source>
        <translation>未找到密钥环服务</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>正在检查密钥环…</translation>
    </message>
    <message>
        <source>Set API Key</source>
        <translation>设置 API 密钥</translation>
    </message>
    <message>
        <source>API key for %1. It goes to the system keychain and is never shown again:</source>
        <translation>%1 的 API 密钥。它将存入系统密钥环，并且不会再次显示：</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>正在将密钥存入密钥环…</translation>
    </message>
    <message>
        <source>Removing the key from the keychain…</source>
        <translation>正在从密钥环中移除密钥…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain.</source>
        <translation>密钥环中已保存密钥。</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>未保存密钥。</translation>
    </message>
    <message>
        <source>The offline heuristic runs on this computer; there is nothing to connect to.</source>
        <translation>离线启发式在本机运行；无需连接任何服务。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Costs of a run are tokens × these prices; cached prompt tokens are those the provider served from its cache.</source>
        <translation>一次运行的费用为 token × 这些价格；缓存的提示 token 是服务商从其缓存中提供的部分。</translation>
    </message>
    <message>
        <source>No prices for %1: costs will show as unknown until you add a row.</source>
        <translation>没有 %1 的价格：在您添加一行之前，费用将显示为未知。</translation>
    </message>
    <message>
        <source>the Anthropic Messages API</source>
        <translation>Anthropic Messages API</translation>
    </message>
    <message>
        <source>the OpenAI-compatible Chat Completions API</source>
        <translation>OpenAI 兼容的 Chat Completions API</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>extra high</source>
        <translation>极高</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Models this provider serves that suit scoring; you may type any other.</source>
        <translation>该服务商提供的适合评分的模型；您也可以输入其他任何模型。</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>Send no temperature: the model uses its own default.</source>
        <translation>不发送温度：模型使用其自身的默认值。</translation>
    </message>
    <message>
        <source>How long the model may think before it answers.</source>
        <translation>模型在回答前可以思考多久。</translation>
    </message>
    <message>
        <source>Reasoning tokens are billed as completion tokens.</source>
        <translation>推理 token 按补全 token 计费。</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain (one for the OpenAI-compatible providers, one for Anthropic) and is never shown, logged or written to a file. The environment variable PAPERDESK_API_KEY, when set, is used instead.</source>
        <translation>密钥保存在系统密钥环中（OpenAI 兼容的服务商共用一个，Anthropic 一个），从不显示、记录或写入文件。若设置了环境变量 PAPERDESK_API_KEY，则改用它。</translation>
    </message>
    <message>
        <source>a server you name</source>
        <translation>您指定的服务器</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，地址 %2</translation>
    </message>
    <message>
        <source>Keyword overlap with your topics: no network, no key, no language model.</source>
        <translation>与您的主题进行关键词匹配：无需网络、无需密钥、不使用语言模型。</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8000/v1</source>
        <translation>例如 http://localhost:8000/v1</translation>
    </message>
    <message>
        <source>the model id your server serves</source>
        <translation>您的服务器提供的模型 ID</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Test Connection sends the request a scoring run sends, for one made-up paper, with the settings above.</source>
        <translation>“测试连接”会用上面的设置，针对一篇虚构的论文，发送与评分运行完全相同的请求。</translation>
    </message>
    <message>
        <source>No key needed: the offline heuristic scores by keyword overlap with your topics, not with a language model.</source>
        <translation>无需密钥：离线启发式按与您主题的关键词重合度评分，不使用语言模型。</translation>
    </message>
    <message>
        <source>No key needed: a server on this computer.</source>
        <translation>无需密钥：本机上的服务器。</translation>
    </message>
    <message>
        <source>Needs an API key: get one at %1.</source>
        <translation>需要 API 密钥：可在 %1 获取。</translation>
    </message>
    <message>
        <source>Needs the API key your server expects.</source>
        <translation>需要您的服务器所要求的 API 密钥。</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>此模型</translation>
    </message>
    <message>
        <source>%1 uses its fixed temperature.</source>
        <translation>%1 使用其固定温度。</translation>
    </message>
    <message>
        <source>%1 takes a temperature only with reasoning “%2”.</source>
        <translation>%1 仅在推理强度为“%2”时接受温度。</translation>
    </message>
    <message>
        <source>%1 takes 0 to %2.</source>
        <translation>%1 接受 0 到 %2。</translation>
    </message>
    <message>
        <source>Cheapest (%1)</source>
        <translation>最便宜（%1）</translation>
    </message>
    <message>
        <source>%1 (the provider&apos;s default)</source>
        <translation>%1（服务商默认）</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 个提示 token + %2 个补全 token</translation>
    </message>
    <message>
        <source>%1 (%2 reasoning)</source>
        <translation>%1（其中推理 %2）</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms: %3; %4, %5.</source>
        <translation>已连接 %1，用时 %2 毫秒：%3；%4，%5。</translation>
    </message>
    <message>
        <source>%1 runs on a server of yours: it costs nothing.</source>
        <translation>%1 运行在您自己的服务器上：不产生费用。</translation>
    </message>
    <message>
        <source>%1 is billed at its list price (%2 prompt, %3 completion per million tokens, as of %4) unless you add a row.</source>
        <translation>除非您添加一行，%1 按标价计费（每百万 token：提示 %2，补全 %3，截至 %4）。</translation>
    </message>
    <message>
        <source>&amp;Reasoning effort:</source>
        <translation>推理强度(&amp;R)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A day&apos;s scoring ends after this long, whatever the server does: requests still waiting are stopped and their papers marked failed with the reason, to be scored by the next run.</source>
        <translation>无论服务器如何响应，一天的评分都会在这段时间后结束：仍在等待的请求会被停止，其论文会标记为失败并注明原因，由下一次运行再评分。</translation>
    </message>
    <message>
        <source>Dead&amp;line per day:</source>
        <translation>每天的时限(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::PriceTable</name>
    <message>
        <source>as prompt</source>
        <translation>同提示</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <source>Cached prompt</source>
        <translation>缓存的提示</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>Anthropic bills writing its prompt cache at a premium; 0 means at the prompt price.</source>
        <translation>Anthropic 对写入提示缓存收取溢价；0 表示按提示价格计费。</translation>
    </message>
    <message>
        <source>Prices, row %1: name the model the prices are for.</source>
        <translation>价格，第 %1 行：请填写这些价格所对应的模型。</translation>
    </message>
    <message>
        <source>Prices, row %1 (%2): a price must be between 0 and %3 dollars.</source>
        <translation>价格，第 %1 行（%2）：价格必须介于 0 到 %3 美元之间。</translation>
    </message>
    <message>
        <source>Prices, row %1: %2 already has prices in row %3.</source>
        <translation>价格，第 %1 行：%2 已在第 %3 行设置了价格。</translation>
    </message>
    <message>
        <source>The list price from Paperdesk&apos;s model catalog; edit it if yours differs.</source>
        <translation>来自 Paperdesk 模型目录的标价；如果您的价格不同，请修改。</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::PromptPage</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>热点</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Output rules</source>
        <translation>输出规则</translation>
    </message>
    <message>
        <source>Sent as the system message: who the model is and what it is for.</source>
        <translation>作为系统消息发送：说明模型的身份和用途。</translation>
    </message>
    <message>
        <source>Opens the user prompt, before the list of topics.</source>
        <translation>位于用户提示词开头，在主题列表之前。</translation>
    </message>
    <message>
        <source>What usually belongs to the daily hotspot feed rather than your topics.</source>
        <translation>通常属于每日热点而非您的主题的内容。</translation>
    </message>
    <message>
        <source>How to score relevance and novelty from 1 to 10.</source>
        <translation>如何按 1 到 10 为相关性和新颖性评分。</translation>
    </message>
    <message>
        <source>Rules for the answer&apos;s fields. The JSONL format itself is fixed, because Paperdesk reads it.</source>
        <translation>回答各字段的规则。JSONL 格式本身是固定的，因为 Paperdesk 需要读取它。</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Replace this part with Paperdesk&apos;s built-in text</source>
        <translation>用 Paperdesk 的内置文本替换这一部分</translation>
    </message>
    <message>
        <source>Preview: the user prompt for a sample batch of %1 papers</source>
        <translation>预览：包含 %1 篇论文的示例批次的用户提示词</translation>
    </message>
    <message>
        <source>The system prompt is sent with it as the system message; the papers are made up.</source>
        <translation>系统提示词会作为系统消息一并发送；其中的论文是虚构的。</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>How the model is asked to judge each paper.</source>
        <translation>如何要求模型评判每篇论文。</translation>
    </message>
    <message>
        <source>About %1 tokens for this batch: %2 for the system prompt and the instructions, %3 per paper.</source>
        <translation>此批次约 %1 个 token：系统提示词和说明占 %2 个，每篇论文 %3 个。</translation>
    </message>
    <message>
        <source>The offline heuristic scores for free.</source>
        <translation>离线启发式评分是免费的。</translation>
    </message>
    <message>
        <source>the %1 papers scanned on the last fetched day</source>
        <translation>最近获取的一天中已扫描的 %1 篇论文</translation>
    </message>
    <message>
        <source>a typical day of %1 papers</source>
        <translation>典型的一天（%1 篇论文）</translation>
    </message>
    <message>
        <source>%1 requests, about %2 prompt and %3 completion tokens</source>
        <translation>%1 次请求，约 %2 个提示 token 和 %3 个补全 token</translation>
    </message>
    <message>
        <source>Scoring %1 with %2: %3. The cost is unknown: add a price row for %2 on the Model page.</source>
        <translation>使用 %2 为%1评分：%3。费用未知：请在“模型”页面为 %2 添加一行价格。</translation>
    </message>
    <message>
        <source>Scoring %1 with %2: %3, about %4 (without prompt caching).</source>
        <translation>用 %2 为 %1 评分：%3，约 %4（不含提示词缓存）。</translation>
    </message>
    <message>
        <source>(%1 characters per token, as %2 counted them on earlier runs.)</source>
        <translation>（每个 token %1 个字符，依据 %2 在先前运行中的统计。）</translation>
    </message>
    <message>
        <source>%1 of %2 in budget mode (top %3% by For you%4)</source>
        <translation>预算模式下 %2 中的 %1 篇（按“为你推荐”前 %3%%4）</translation>
    </message>
    <message>
        <source>, saving about %1 a day</source>
        <translation>，每天约节省 %1</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::ReadingPage</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Relevant papers</source>
        <translation>相关论文</translation>
    </message>
    <message>
        <source>Minimum &amp;relevance:</source>
        <translation>最低相关性(&amp;R)：</translation>
    </message>
    <message>
        <source>Minimum &amp;novelty:</source>
        <translation>最低新颖性(&amp;N)：</translation>
    </message>
    <message>
        <source>A paper is relevant when both scores reach these values. Changing them re-sorts the day at once; nothing is scored again.</source>
        <translation>当两项评分都达到这些值时，论文即为相关。修改后会立即重新排列当天的论文；不会重新评分。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C)：</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Which papers count as relevant, and how Paperdesk looks.</source>
        <translation>哪些论文算作相关，以及 Paperdesk 的外观。</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::RunOptions</name>
    <message>
        <source>Comments and run mode</source>
        <translation>评语和运行模式</translation>
    </message>
    <message>
        <source>relevant papers (two passes, cheaper)</source>
        <translation>相关论文（两轮，更便宜）</translation>
    </message>
    <message>
        <source>every paper (single pass, today&apos;s format)</source>
        <translation>每篇论文（单轮，现有格式）</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>overnight batch (half price; usually minutes, at most 24 h)</source>
        <translation>隔夜批处理（半价；通常几分钟，最长 24 小时）</translation>
    </message>
    <message>
        <source> papers</source>
        <translation> 篇论文</translation>
    </message>
    <message>
        <source>Papers per request in batch mode. Nobody waits for a batch, so larger requests cost less.</source>
        <translation>批处理模式下每次请求包含的论文数。没有人需要等待批处理，因此请求越大，费用越低。</translation>
    </message>
    <message>
        <source>Co&amp;mments for:</source>
        <translation>评语对象(&amp;M)：</translation>
    </message>
    <message>
        <source>R&amp;un mode:</source>
        <translation>运行模式(&amp;U)：</translation>
    </message>
    <message>
        <source>O&amp;vernight batch size:</source>
        <translation>隔夜批处理的批次大小(&amp;V)：</translation>
    </message>
    <message>
        <source>This provider has no Batch API: runs are immediate.</source>
        <translation>此服务商没有批处理 API：运行会立即进行。</translation>
    </message>
    <message>
        <source>%1 has no Batch API: runs are immediate.</source>
        <translation>%1 没有批处理 API：运行会立即进行。</translation>
    </message>
    <message>
        <source>The offline heuristic asks no model: it scores on this computer.</source>
        <translation>离线启发式不询问任何模型：它在这台计算机上评分。</translation>
    </message>
    <message>
        <source>Batch mode sends the day through the provider&apos;s Batch API at half price; the scores arrive when the batch is done.</source>
        <translation>批处理模式以半价通过服务商的批处理 API 发送这一天的论文；批处理完成后才会得到评分。</translation>
    </message>
    <message>
        <source>Two passes: every paper gets its scores in a short reply, and only papers that pass your thresholds or carry a hotspot tag are asked for the comment. A single pass asks every paper for the full record.</source>
        <translation>两轮：每篇论文先在简短回复中获得评分，只有达到您的阈值或带有热点标签的论文才会被请求评语。单轮则为每篇论文请求完整记录。</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Load a profile JSON file (the format of “paperdesk profile export”)</source>
        <translation>加载配置 JSON 文件（“paperdesk profile export”的格式）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the profile as shown here to a JSON file</source>
        <translation>将此处显示的配置保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Could not save the settings to %1. Check that the folder is writable.</source>
        <translation>无法将设置保存到 %1。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Re-score?</source>
        <translation>重新评分？</translation>
    </message>
    <message>
        <source>Scores made with the old settings are kept; re-score this day?</source>
        <translation>使用旧设置得到的评分会保留；是否为这一天重新评分？</translation>
    </message>
    <message>
        <source>The topics, the prompt or the model changed, so new scores are needed to see which papers enter or leave your relevant set.</source>
        <translation>主题、提示词或模型已更改，因此需要重新评分，才能看出哪些论文进入或离开您的相关集合。</translation>
    </message>
    <message>
        <source>Re-score</source>
        <translation>重新评分</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>Imported %1. Press OK or Apply to use it.</source>
        <translation>已导入 %1。按“确定”或“应用”即可使用。</translation>
    </message>
    <message>
        <source>Exported the profile to %1.</source>
        <translation>已将配置导出到 %1。</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Paperdesk profile (*.json);;All files (*)</source>
        <translation>Paperdesk 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>Paperdesk profile (*.json)</source>
        <translation>Paperdesk 配置 (*.json)</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::SourcesPage</name>
    <message>
        <source>Type a code or a name, e.g. cs.LG</source>
        <translation>输入代码或名称，例如 cs.LG</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>One RSS request covers them all. An archive such as “cs” takes every category in it.</source>
        <translation>一次 RSS 请求即可涵盖全部分类。像“cs”这样的归档包含其中的所有分类。</translation>
    </message>
    <message>
        <source>New submissions</source>
        <translation>新投稿</translation>
    </message>
    <message>
        <source>Cross-lists from other categories</source>
        <translation>来自其他分类的交叉列出</translation>
    </message>
    <message>
        <source>Replaced (new versions)</source>
        <translation>替换（新版本）</translation>
    </message>
    <message>
        <source>Replaced cross-lists</source>
        <translation>替换的交叉列出</translation>
    </message>
    <message>
        <source>Announce types to score</source>
        <translation>要评分的公告类型</translation>
    </message>
    <message>
        <source>One name per line, e.g. Yoshua Bengio</source>
        <translation>每行一个姓名，例如 Yoshua Bengio</translation>
    </message>
    <message>
        <source>One keyword or phrase per line</source>
        <translation>每行一个关键词或短语</translation>
    </message>
    <message>
        <source>Followed authors</source>
        <translation>关注的作者</translation>
    </message>
    <message>
        <source>Their papers are always scored, whatever the filters say.</source>
        <translation>无论过滤规则如何，他们的论文总会被评分。</translation>
    </message>
    <message>
        <source>Exclude keywords</source>
        <translation>排除关键词</translation>
    </message>
    <message>
        <source>Papers whose title or abstract has one of these as a whole word are not scored.</source>
        <translation>标题或摘要中以完整单词形式包含其中任一关键词的论文不会被评分。</translation>
    </message>
    <message>
        <source>arXiv endpoints</source>
        <translation>arXiv 端点</translation>
    </message>
    <message>
        <source>&amp;RSS base URL:</source>
        <translation>RSS 基础 URL(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>API 基础 URL(&amp;A)：</translation>
    </message>
    <message>
        <source>Change these only for a mirror or a test server.</source>
        <translation>仅在使用镜像或测试服务器时更改这些设置。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What to fetch from arXiv each day, and what to leave out before scoring.</source>
        <translation>每天从 arXiv 获取哪些内容，以及在评分前排除哪些内容。</translation>
    </message>
    <message>
        <source>Categories: add at least one arXiv category, such as cs.LG.</source>
        <translation>分类：请至少添加一个 arXiv 分类，例如 cs.LG。</translation>
    </message>
    <message>
        <source>Categories: “%1” is not an arXiv category. Pick one from the list, such as cs.LG.</source>
        <translation>分类：“%1”不是 arXiv 分类。请从列表中选择一个，例如 cs.LG。</translation>
    </message>
    <message>
        <source>Announce types: keep at least one announce type.</source>
        <translation>公告类型：请至少保留一种公告类型。</translation>
    </message>
    <message>
        <source>RSS base URL: “%1” is not an http(s) URL.</source>
        <translation>RSS 基础 URL：“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>API base URL: “%1” is not an http(s) URL.</source>
        <translation>API 基础 URL：“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>%1 — not an arXiv category</source>
        <translation>%1 — 不是 arXiv 分类</translation>
    </message>
    <message>
        <source>&amp;Budget mode: the model scores only the papers For you ranks in the top</source>
        <translation>预算模式(&amp;B)：模型只评分“为你推荐”排名靠前的论文，前</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>The others are filtered when a day is fetched, with the rule named; followed authors are always scored. It needs five liked papers; until then every kept paper is scored.</source>
        <translation>其余论文在获取当天时被过滤，并注明规则；关注作者的论文始终会被评分。需要五篇喜欢的论文；在此之前，所有保留的论文都会被评分。</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::StoragePage</name>
    <message>
        <source>PAPERDESK_DATABASE is set in the environment and overrides this choice while it is.</source>
        <translation>环境中设置了 PAPERDESK_DATABASE，在其存在期间它优先于此处的选择。</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>共享哪些内容</translation>
    </message>
    <message>
        <source>In a shared database, papers, days, scores, runs and the group profile are everyone&apos;s. Reading state, stars, notes, reactions and the For you model are each reader&apos;s own: a reader is the database role you log in as, or the name after ?reader= in the connection string (postgresql://lab@db.lab.example/paperdesk?reader=alice).</source>
        <translation>在共享数据库中，论文、日期、评分、运行记录和小组配置属于所有人。阅读状态、星标、笔记、反馈和“为你推荐”模型属于每位读者自己：读者即您登录所用的数据库角色，或连接字符串中 ?reader= 后的名字（postgresql://lab@db.lab.example/paperdesk?reader=alice）。</translation>
    </message>
    <message>
        <source>A change of database takes effect the next time Paperdesk starts.</source>
        <translation>更换数据库将在下次启动 Paperdesk 时生效。</translation>
    </message>
    <message>
        <source>This &amp;computer (SQLite file in the data folder)</source>
        <translation>本机(&amp;C)（数据文件夹中的 SQLite 文件）</translation>
    </message>
    <message>
        <source>A &amp;shared PostgreSQL database</source>
        <translation>共享的 PostgreSQL 数据库(&amp;S)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>连接(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connect with the connection string and password above; a new database gets Paperdesk&apos;s tables.</source>
        <translation>使用上面的连接字符串和密码连接；新数据库会创建 Paperdesk 的表。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Where papers, scores and your reading are kept: on this computer, or in a database your group shares.</source>
        <translation>论文、评分和您的阅读记录保存在哪里：本机，或您的小组共享的数据库。</translation>
    </message>
    <message>
        <source>Enter the address of the shared database, such as postgresql://alice@db.lab.example/paperdesk.</source>
        <translation>请输入共享数据库的地址，例如 postgresql://alice@db.lab.example/paperdesk。</translation>
    </message>
    <message>
        <source>A shared database is given as postgresql://user@host:port/database.</source>
        <translation>共享数据库的写法为 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>Connection string: %1</source>
        <translation>连接字符串：%1</translation>
    </message>
    <message>
        <source>Password: no keychain is available to keep it. Leave it empty and put it in ~/.pgpass instead.</source>
        <translation>密码：没有可用的密钥环来保存它。请留空，改为写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>正在将密码保存到密钥环…</translation>
    </message>
    <message>
        <source>Goes to the system keychain at OK or Apply, never to settings.ini. Leave it empty to keep the stored one, or to let PostgreSQL read ~/.pgpass.</source>
        <translation>在点击“确定”或“应用”时保存到系统密钥环，绝不写入 settings.ini。留空则保留已保存的密码，或让 PostgreSQL 读取 ~/.pgpass。</translation>
    </message>
    <message>
        <source>No keychain is available: put the password in ~/.pgpass.</source>
        <translation>没有可用的密钥环：请把密码写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Choose a shared database first.</source>
        <translation>请先选择共享数据库。</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>正在从密钥环读取密码…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected; schema %1.</source>
        <translation>已连接；架构 %1。</translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation>密码已保存在密钥环中。</translation>
    </message>
</context>
<context>
    <name>pd::ui::settings::TopicsPage</name>
    <message>
        <source>Topic registry, as the prompt carries it</source>
        <translation>主题登记表（与提示词中的内容一致）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a new topic</source>
        <translation>添加新主题</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Add a copy of the selected topic</source>
        <translation>添加所选主题的副本</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>移除所选主题</translation>
    </message>
    <message>
        <source>Move the selected topic up</source>
        <translation>将所选主题上移</translation>
    </message>
    <message>
        <source>Move the selected topic down</source>
        <translation>将所选主题下移</translation>
    </message>
    <message>
        <source>lower_case_id</source>
        <translation>小写_id</translation>
    </message>
    <message>
        <source>The stable id the model answers with: a–z, 0–9 and _. Changing it starts new scores; old ones are kept.</source>
        <translation>模型回答时使用的固定 ID：a–z、0–9 和 _。更改它会开始新的评分；旧评分会保留。</translation>
    </message>
    <message>
        <source>Shown in the topic tree and the digest</source>
        <translation>显示在主题树和摘要中</translation>
    </message>
    <message>
        <source>One line for the topic registry</source>
        <translation>主题登记表中的一行说明</translation>
    </message>
    <message>
        <source>What papers of this topic are about</source>
        <translation>此主题的论文是关于什么的</translation>
    </message>
    <message>
        <source>What to leave out even if it looks related</source>
        <translation>即使看似相关也要排除的内容</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>名称(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>过滤(&amp;F)：</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>What you read: the model scores every paper against these topics.</source>
        <translation>您要阅读的内容：模型会根据这些主题为每篇论文评分。</translation>
    </message>
    <message>
        <source>Topics: add at least one topic.</source>
        <translation>主题：请至少添加一个主题。</translation>
    </message>
    <message>
        <source>Topic %1, Id: a topic needs an id (a–z, 0–9 and _).</source>
        <translation>主题 %1，ID：主题需要一个 ID（a–z、0–9 和 _）。</translation>
    </message>
    <message>
        <source>Topic %1, Id: “%2” may only use lower-case letters a–z, digits 0–9 and _.</source>
        <translation>主题 %1，ID：“%2”只能使用小写字母 a–z、数字 0–9 和 _。</translation>
    </message>
    <message>
        <source>Topic %1, Id: “%2” is already used by topic %3.</source>
        <translation>主题 %1，ID：“%2”已被主题 %3 使用。</translation>
    </message>
    <message>
        <source>Topic %1 (%2), Label: a topic needs a label.</source>
        <translation>主题 %1（%2），名称：主题需要一个名称。</translation>
    </message>
    <message>
        <source>Topic %1 (%2), Keep: say what to keep for this topic.</source>
        <translation>主题 %1（%2），保留：请说明此主题要保留哪些论文。</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>新主题</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>(no label: %1)</source>
        <translation>（无名称：%1）</translation>
    </message>
    <message>
        <source>Suggest from My Likes</source>
        <translation>根据我的喜欢建议</translation>
    </message>
    <message>
        <source>Draft a topic from the liked papers your topics do not cover yet</source>
        <translation>根据您的主题尚未覆盖的喜欢论文起草一个主题</translation>
    </message>
</context>
</TS>
