"""News-agency bite labels run into read copy (Reuters web video: `… any time soon.
(SOUNDBITE)(English) NAME, TITLE, SAYING: “…” The bodies …`), and a programme's header of
dopesheet fields run together on its first line. parse/shotlist.py reads whole shotlists.
"""

from __future__ import annotations

import re

from scriptfmt.model import Cue, Soundbite
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.shotlabels import INLINE_LABEL, PAIRS, bite_label, label_duration, label_parts, labelled_quote, shot_words, speaker_of
from scriptfmt.parse.units import Unit
from scriptfmt.parse.shotparts import credit_off, inline_time



def inline_bites(paras: list[Para], metadata: dict) -> list[Unit]:
    """Read copy as units, with the agency's bite labels run into it made bites (Reuters: `… any
    time soon. (SOUNDBITE)(English) NAME, TITLE, SAYING: “…” The bodies …`): the label and the
    quotation are that person's bite (tape SOT), the copy around it read. A label whose words
    are not a closed quotation stays in the copy, for the story reader."""
    units: list[Unit] = []
    skip = False
    if paras and _field_run(paras[0].text):  # `UN IN ACTION Release Date: … Length: 7’43” Languages: …`
        metadata.setdefault("shotlist_header", []).append(paras[0].text)
        if (seconds := inline_time(paras[0].text)) is not None:
            metadata["running_time"] = seconds
        paras = paras[1:]
    for k, para in enumerate(paras):
        pair = None if skip or k + 1 >= len(paras) else labelled_quote(para.text, paras[k + 1].text, paras[k + 1].line)
        if skip or pair:  # `NAME: (In English)` over the quotation: one bite
            units += [Unit(segment=seg) for seg in pair or []]
            skip = not skip
            continue
        rest, line = para.text, para.line
        while (cut := _inline_bite(rest, line)) is not None:
            start, end, bite = cut
            if rest[:start].strip():
                units.append(_piece(rest[:start].strip(), line, True))
            units.append(Unit(segment=bite))
            rest = rest[end:]
        if rest is para.text:
            units.append(_piece(para.text, line, False) if isinstance(para, ShotPara) else Unit(para=para))
        elif rest.strip():
            units.append(_piece(rest.strip(), line, True))
    credit_off(units, metadata)
    return units


def _piece(text: str, line: int, labelled: bool) -> Unit:
    """Copy beside an agency's bite label, or in a clip record's Summary: the shot list when written
    in capitals (`VARIOUS OF PROTESTERS SHOUTING …`, Reuters), a cue; else read copy."""
    if not any(c.islower() for c in text) and len(text.split()) >= 3 or not labelled:
        return Unit(segment=Cue(text, line, cue_type="SHOT", original=text))
    return Unit(para=Para(text, line))


# A clip record's field line (`- Reuters ID: LVA0014J`, `- Story Text: Protesters gathered …`,
# AP Archive `Story No: apus130879`); without the dash only the record's own field names count.
_RECORD = re.compile(r"(-[ \t]?)?([A-Z][A-Za-z ]{1,24}):[ \t]*")


def _record_key(text: str) -> tuple[re.Match | None, str]:
    m = _RECORD.match(text)
    key = " ".join(m.group(2).lower().split()) if m else ""
    return (m, key) if m and (m.group(1) or key in shot_words().record_fields) else (None, "")


class ShotPara(Para):
    """A clip record's Summary written in capitals: the shot list, never read."""


def record_fields(paras: list[Para], metadata: dict) -> list[Para]:
    """A clip record (four or more `- Field: value` lines): its fields are metadata, except the
    story text (read copy, label apart) and a summary written in capitals (the shot list, a
    ShotPara). Read before the page's furniture is taken, which would take the fields for a deck."""
    if sum(bool(_record_key(p.text)[0]) for p in paras) < 4:
        return paras
    kept: list[Para] = []
    for para in paras:
        m, key = _record_key(para.text)
        value = para.text[m.end() :].strip() if m else para.text
        shots = key in _RECORD_SHOTS and value and not any(c.islower() for c in value[:80])
        if m and (key in _RECORD_READ or shots):
            metadata.setdefault("shotlist_header", []).append(para.text[: m.end()].strip())
            if value:
                kept.append((ShotPara if shots else Para)(value, para.line, special=True))
        elif m:
            metadata.setdefault("shotlist_header", []).append(para.text)
        else:
            kept.append(para)
    return kept


_RECORD_READ = {"story text", "script", "text", "storyline", "story line"}
_RECORD_SHOTS = {"summary", "shotlist", "shot list", "shots", "description"}


def _field_run(text: str) -> bool:
    """A line of three or more dopesheet fields run together (`Release Date: December 2015
    Programme: 1499 Length: 7’43” Languages: …`): the programme's header, never read."""
    tokens = text.split()
    fields = shot_words().dopesheet_fields
    found = sum(t.endswith(":") and (t[:-1].upper() in fields or k > 0 and f"{tokens[k - 1]} {t[:-1]}".upper() in fields) for k, t in enumerate(tokens))
    return found >= 3


def _inline_bite(text: str, line: int) -> tuple[int, int, Soundbite] | None:
    m = INLINE_LABEL.search(text)
    label = bite_label(text[m.start() :]) if m else None
    if label is None:
        return None
    labelled = text[m.start() :]
    who, words, language = label_parts(labelled, label[2], label[1])
    close = PAIRS.get(words[:1])
    opened = labelled.find(words[:1], label[2]) if close else -1
    end = labelled.find(close, opened + 1) if opened >= 0 else -1
    who, seconds = label_duration(who)
    speaker = speaker_of(who)
    if end < 0 or speaker is None:
        return None
    bite = Soundbite(labelled[opened + 1 : end].strip(), line, speaker=speaker, marker=labelled[:opened].strip(), tape="SOT", why="shotlist", duration=seconds)
    bite.language = language or None
    return m.start(), m.start() + end + 1, bite
