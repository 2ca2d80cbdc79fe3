"""A page that shows a script as an example or a sample (a journalism course page, a reporter's
portfolio): `… This can also be called a "donut". / Here's an example: / "This is Doc …`,
`Below are 3 samples of television reports that I have worked on …`.

The desk's rule: the script is the copy; the page's own prose up to the line that announces the
example (that line too) is the page's (metadata), never read. Only near the top, only when the
page speaks of scripts, so a news story that gives "examples" is left alone.
"""

from __future__ import annotations

import re

from scriptfmt.parse.paragraphs import Para

# `Here's an example:`, `Below are 3 samples of television reports …`, `The following is a sample script`
_ANNOUNCES = re.compile(
    r"(?i:(?:here['’]?s|here[ \t]+(?:is|are)|below[ \t]+(?:is|are)|the[ \t]+following[ \t]+(?:is|are))\b[^.!?]{0,60}?\b(?:an?[ \t]+)?(?:examples?|samples?)\b)"
)
_SCRIPT_WORDS = re.compile(r"(?i:\b(?:scripts?|soundbites?|sound[ \t]+bites?|actualit(?:y|ies)|wraps?|packages?|newscasts?|television|radio|tv)\b)")
_LOOK = 6  # the announcement comes near the top of the page
_SAMPLE_LABEL = re.compile(r"(?i:sample)[ \t]*[-–#]?[ \t]*\d{1,2}[ \t]*[:.-]?[ \t]*")  # `Sample -1`, `Sample 2:` before the script


def sample_copy(paras: list[Para], metadata: dict) -> list[Para]:
    """The paragraphs after the page's announcement of its example; the page's prose to metadata."""
    for k, para in enumerate(paras[:_LOOK]):
        if len(para.text.split()) <= 25 and _ANNOUNCES.match(para.text) and any(_SCRIPT_WORDS.search(p.text) for p in paras[: k + 1]):
            if k + 1 >= len(paras):
                return paras
            metadata.setdefault("furniture", []).extend(p.text for p in paras[: k + 1])
            rest = paras[k + 1 :]
            label = _SAMPLE_LABEL.match(rest[0].text)
            if label and label.end() < len(rest[0].text):  # `Sample -1United Nations peacekeeping …`
                metadata["furniture"].append(rest[0].text[: label.end()].strip())
                rest = [Para(rest[0].text[label.end() :], rest[0].line, rest[0].special, rest[0].new_item), *rest[1:]]
            return rest
    return paras
