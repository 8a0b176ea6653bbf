"""Round 21, area "compute": capacity deals the earlier rules missed or misread (en, zh, ja).

A neocloud (``providers.tsv`` role ``neocloud``: CoreWeave, Nscale, Lambda, IREN, Cipher Mining ...) sells
GPU capacity and little else, so a contract or agreement in which a company that sells no compute engages
one for chips is a compute commitment even without an amount or a cloud word: "Microsoft has contracted
Nscale for about 200,000 GB300 GPUs", "Lambda signed an agreement with Microsoft to deploy Nvidia systems",
"微软与Nscale签署协议，部署20万块GPU", "マイクロソフトはNscaleとGPU約20万基の契約を結んだ".

``amount_optional`` (``compute_deals.amount_optional``) asks ``neocloud_deal``: the deal's provider is a
neocloud, its customer is no neocloud nor chip maker, and the sentence names GPUs, chips or systems; or
a cloud is named the customer's primary training or cloud partner ("named AWS its primary training
partner", "将AWS确定为其主要训练合作伙伴", "AWSを主要なトレーニングパートナーに指定").

``adjust`` (after ``compute3``), each reading checks its own case:

- capacity bought "on" a provider's cloud (ja "XのAzureで", zh "在X的云平台上") is bought from it;
- zh "Y同意购买其未售出的云算力": 其 is the sentence's other company, the provider;
- ", and OpenAI commits $250 billion to Azure": a self-deal takes its own clause's subject;
- "pay $32 billion for the cloud security company": a takeover price, an acquisition;
- "provide access to Nvidia GB300 capacity": the chip maker names the goods, the WITH party pays;
- "A、B等客户签订的云合同", "customers such as A and B": each listed customer commits;
- a data or content licence is no compute;
- "leases computing space at Cipher's site": the site's owner provides; ja "OpenAI向けに…借り増す": the
  party 向けに is served, the renter is the subject;
- "XはFluidstackと組み、…データセンターを建設": own spending (no investee) plus the neocloud's capacity;
- a neocloud that "signed a lease/agreement with" a hyperscaler is the provider ("Cipher signed a
  15-year lease with Amazon Web Services"): neoclouds sell, rarely buy.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dealgraph.extract.rules.lexicon import providers

_CHIPS = re.compile(r"\b(?:gpus?|chips|accelerators|systems|clusters?|servers|superchips|racks)\b|\b[GBH]\d00s?\b|"
                    r"\bGB\d00\b|Blackwell|Hopper|Rubin|GPU|芯片|显卡|顯卡|晶片|服务器|伺服器|チップ|サーバー|半導体",
                    re.IGNORECASE)
_KINDS = ("compute_commitment", "contract")
_PARTNER = re.compile(r"^(?:named|names|name|chose|chooses|choose|picked|picks|selected|selects|designated|designates)$|"
                      r"(?:合作伙伴|合作夥伴|服务商|服務商|提供商|供应商|供應商|パートナー|プロバイダー|提供者)", re.IGNORECASE)


def neocloud_deal(c: Any) -> bool:
    """Both sides named, the provider a neocloud, the customer no seller, chips named: capacity bought.

    Also a cloud named as the customer's primary training or cloud partner ("named AWS its primary
    training partner", "将AWS确定为其主要训练合作伙伴", "AWSを主要なトレーニングパートナーに指定").
    """
    if c.trigger.entry.kind not in _KINDS or len(c.targets) != 1 or not c.sources:
        return False
    sellers = providers()
    if _PARTNER.search(c.trigger.text) and sellers.get(c.targets[0].entity) in ("compute", "neocloud") and not any(
            p.entity in sellers for p in c.sources):
        _note_once(c, f"{c.targets[0].entity} named the primary cloud or training partner: a commitment, no figure needed")
        return True
    if sellers.get(c.targets[0].entity) != "neocloud" or any(sellers.get(p.entity) in ("neocloud", "hardware")
                                                              for p in c.sources):
        return False
    if not _CHIPS.search(c.view.sentence.text):
        return False
    _note_once(c, f"{c.targets[0].entity} is a neocloud engaged for chips: capacity, no figure needed")
    return True


def _note_once(c: Any, text: str) -> None:
    """The reading's note, once: candidates.check asks this question each time it runs."""
    if text not in c.notes:
        c.note(text)


_ON_PLATFORM = {  # "マイクロソフトのAzureで…計算資源を購入", "在微软的Azure云平台上运行"
    "ja": (re.compile(r"$"), re.compile(r"^\s*(?:社)?(?:の[^、。]{0,16}?)?(?:上)?で(?!は|も)")),
    "zh": (re.compile(r"在\s*$"), re.compile(r"^\s*(?:的[^，,。；]{0,16}?)?(?:上|平台上|云上|雲上)")),
}


def _on_platform(view: Any, c: Any) -> None:
    """A customer buying capacity "on" a provider's cloud (ja で, zh 在…上): that provider sells it."""
    if c.kind != "compute_commitment" or c.targets or not c.sources or view.lang not in _ON_PLATFORM:
        return
    before, after = _ON_PLATFORM[view.lang]
    s, taken = view.sentence, {p.entity for p in c.sources}
    sellers = providers()
    for p in view.parties:
        if p.entity in taken or sellers.get(p.entity) not in ("compute", "neocloud"):
            continue
        if before.search(s.text[:p.start - s.start]) and after.match(s.text[p.end - s.start:]):
            c.targets, c.rejected = [p], None
            c.note(f"bought on {p.entity}'s cloud: {p.entity} provides")
            return


_PAY_FOR_COMPANY = re.compile(r"^[^.;]{0,40}?\bfor (?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:company|startup|start-up|firm|"
                              r"maker|developer|provider|business|group|unicorn|rival)\b", re.IGNORECASE)
_LICENCE = re.compile(r"数据授权|數據授權|数据许可|數據許可|内容授权|內容授權|data licen[cs]|content licen[cs]|licensing (?:deal|agreement)|"
                      r"データ(?:の)?(?:ライセンス|利用許諾)|コンテンツ(?:の)?ライセンス", re.IGNORECASE)
_ITS_GOODS_ZH = re.compile(r"^\s*其")


def _pay_for_company(view: Any, c: Any) -> None:
    """"agreed to pay $32 billion for the cloud security company": a takeover price, not a cloud purchase."""
    if view.lang != "en" or c.trigger.entry.frame != "pay" or len(c.sources) + len(c.targets) not in (1, 2):
        return
    s = view.sentence
    if not _PAY_FOR_COMPANY.match(s.text[c.trigger.end - s.start:]):
        return
    payer = next((p for p in (*c.sources, *c.targets) if p.end <= c.trigger.start), None)
    company = [p for p in (*c.sources, *c.targets) if p.start >= c.trigger.end]
    if payer is None:
        return
    if not company:  # "…for the cloud security company, … after Wiz walked away": the one other company named
        later = [p for p in view.parties if p.start >= c.trigger.end and p.entity != payer.entity]
        company = later[:1] if len({p.entity for p in later}) == 1 else []
    c.kind, c.sources, c.targets = "acquisition", [payer], company[:1]  # the company may be named earlier
    c.note("paid for a company: an acquisition, not a purchase of cloud")


def _its_capacity(view: Any, c: Any) -> None:
    """zh "Y同意购买其未售出的云算力": 其 is the other company of the sentence, the provider."""
    if view.lang != "zh" or c.targets or not c.sources:
        return
    s = view.sentence
    if not _ITS_GOODS_ZH.match(s.text[c.trigger.end - s.start:]):
        return
    taken = {p.entity for p in c.sources}
    others = [p for p in view.parties if p.entity not in taken and p.end <= c.trigger.start]
    if len({p.entity for p in others}) != 1:
        return
    if c.kind == "purchase":  # "微软将购买其GPU算力": capacity of a cloud seller, not chips
        if providers().get(others[0].entity) not in ("compute", "neocloud") or view.cue("cloud") is None:
            return
        c.kind = "compute_commitment"
    c.targets, c.rejected = [others[0]], None
    c.note(f"其 before the capacity bought: {others[0].entity}, the other company of the sentence, provides")


def _partner_object(view: Any, c: Any) -> None:
    """"Anthropic named AWS its primary training partner": the party right after the verb is the cloud."""
    if view.lang != "en" or c.targets or not c.sources or not _PARTNER.match(c.trigger.text):
        return
    after = [p for p in view.parties if p.start >= c.trigger.end and p.start - c.trigger.end <= 2]
    if after and after[0].entity not in {p.entity for p in c.sources}:
        c.targets, c.rejected = [after[0]], None
        c.note(f"{after[0].entity} named the partner: the cloud that provides")


_CHIP_GOODS_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:capacity|gpus?|chips|accelerators|clusters?|systems|"
                               r"instances|"
                               r"servers|superchips)\b", re.IGNORECASE)
_CHIP_GOODS_BEFORE = re.compile(r"\b(?:access to|capacity of|consisting of|made up of|based on|using|with)\s+(?:the\s+)?$",
                                re.IGNORECASE)


def _chip_descriptor(view: Any, c: Any) -> None:
    """"provide access to Nvidia GB300 capacity": the chip maker names the goods; the WITH party is the customer."""
    if view.lang != "en" or len(c.sources) != 1 or len(c.targets) != 1:
        return
    s = view.sentence
    for side, other in ((c.sources, c.targets), (c.targets, c.sources)):
        p = side[0]
        if providers().get(p.entity) != "hardware" or not _CHIP_GOODS_AFTER.match(s.text[p.end - s.start:]):
            continue
        if not _CHIP_GOODS_BEFORE.search(s.text[max(p.start - s.start - 25, 0):p.start - s.start]):
            continue
        taken = {q.entity for q in other} | {p.entity}
        partner = [q for q in view.parties if q.slot == "WITH" and q.entity not in taken]
        if len({q.entity for q in partner}) == 1:
            side[0] = partner[0]
            c.note(f"{p.entity} only names the chips; {partner[0].entity}, whom the contract is with, takes its place")
        return


_CUSTOMERS_AFTER = {
    "zh": re.compile(r"^\s*(?:等|等等)?\s*(?:大|主要|重要)?(?:客户|客戶)"),
    "ja": re.compile(r"^\s*(?:社)?(?:など|等)?の?(?:大口|主要)?顧客"),
}
_CUSTOMERS_BEFORE_EN = re.compile(r"\b(?:customers|clients) (?:such as|including|like|led by)\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:、|,|，|和|与|與|及|や|and|, and|or)?\s*$")


def _listed_customers(view: Any, c: Any) -> None:
    """"来自Meta、英伟达等客户签订的云合同", "customers such as Meta and Nvidia": each listed customer commits."""
    if len(c.sources) + len(c.targets) < 2:
        return
    s = view.sentence
    listed = _customer_list(view)
    if not listed:
        return
    names = {p.entity for p in listed}
    provider = [p for p in (*c.sources, *c.targets) if p.entity not in names]
    if len({p.entity for p in provider}) != 1 or providers().get(provider[0].entity) not in ("compute", "neocloud"):
        return
    c.sources, c.targets = listed, provider[:1]
    c.notes = [n for n in c.notes if " is the customer: " not in n]  # the list names the customers outright
    span = s.text[listed[0].start - s.start:listed[-1].end - s.start]
    c.note(f"customers listed ({span}): {provider[0].entity} provides")


def _customer_list(view: Any) -> list:
    s, parties = view.sentence, view.parties
    for i, p in enumerate(parties):
        if view.lang in _CUSTOMERS_AFTER and _CUSTOMERS_AFTER[view.lang].match(s.text[p.end - s.start:]):
            out = [p]
            while i > 0 and _LIST_GAP.match(s.text[parties[i - 1].end - s.start:out[0].start - s.start]):
                i -= 1
                out.insert(0, parties[i])
            return out
        if view.lang == "en" and _CUSTOMERS_BEFORE_EN.search(s.text[:p.start - s.start]):
            out = [p]
            for q in parties[i + 1:]:
                if not _LIST_GAP.match(s.text[out[-1].end - s.start:q.start - s.start]):
                    break
                out.append(q)
            return out
    return []


_AT_SITE_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_AT_SITE_AFTER = re.compile(r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:site|campus|facility|data cent(?:er|re)|complex)\b",
                            re.IGNORECASE)
_COMPUTE_SPACE = re.compile(r"\b(?:computing|compute|gpus?|capacity|hpc|data[- ]cent(?:er|re)|racks?|colocation|servers?|"
                            r"megawatts?|mw)\b", re.IGNORECASE)
_LEASE_WORD = re.compile(r"^(?:leas|rent)", re.IGNORECASE)
_FOR_WHOM_JA = re.compile(r"^\s*(?:社)?向け(?:に|の)")


def _space_at_site(view: Any, c: Any) -> None:
    """"Fluidstack leases computing space at Cipher's Barber Lake site": the site's owner provides the space."""
    if view.lang != "en" or not _LEASE_WORD.match(c.trigger.text):
        return
    s = view.sentence
    for p in view.parties:
        between = s.text[c.trigger.end - s.start:max(p.start - s.start, 0)]
        if p.start < c.trigger.end or not _AT_SITE_BEFORE.search(between) or not _COMPUTE_SPACE.search(between):
            continue
        if not _AT_SITE_AFTER.match(s.text[p.end - s.start:]):
            continue
        others = {q.entity: q for q in (*c.sources, *c.targets) if q.entity != p.entity}
        if len(others) == 1:
            c.sources, c.targets, c.rejected = list(others.values()), [p], None
            c.notes = [n for n in c.notes if " sells compute commitment: " not in n]  # the site says who provides
            c.note(f"space leased at {p.entity}'s site: {p.entity} provides it")
        return


def _beneficiary_ja(view: Any, c: Any) -> None:
    """"（同社が）OpenAI向けにオラクルのデータセンターを借り増す": the party "向けに" is served, not the renter."""
    if view.lang != "ja" or not c.sources:
        return
    s = view.sentence
    served = [p for p in c.sources if _FOR_WHOM_JA.match(s.text[p.end - s.start:])]
    if not served:
        return
    taken = {p.entity for p in (*served, *c.targets)}
    renter = [p for p in view.parties if p.slot == "SUBJ" and p.entity not in taken]
    c.sources = [p for p in c.sources if p not in served] or renter[:1]
    c.note(f"{served[0].entity} is who the capacity is for (向けに), not the renter")


def _own_clause_subject(view: Any, c: Any) -> None:
    """", and OpenAI commits $250 billion to Azure": a self-deal read from an earlier clause's possessor."""
    if len(c.sources) != 1 or len(c.targets) != 1 or c.sources[0].entity != c.targets[0].entity:
        return
    near = [p for p in view.parties if p.end <= c.trigger.start and p.entity != c.targets[0].entity
            and view.same_clause(p.end, c.trigger.start)]
    if near:
        c.sources, c.rejected = [near[-1]], None
        c.note(f"subject of the trigger's own clause: {near[-1].entity}")


_DATA_CENTRE = re.compile(r"data cent(?:er|re)s?|データセンター|数据中心|數據中心|算力中心|計算基盤|campus", re.IGNORECASE)
_PARTNERED = {
    "ja": re.compile(r"^\s*(?:社)?と(?:組み|組んで|提携し|協力し|共同で)"),
    "zh": re.compile(r"^\s*(?:合作|携手|攜手|联手|聯手)"),
    "en": re.compile(r"^\s*(?:to build|to develop|to run|to operate)\b", re.IGNORECASE),
}


def _built_with_neocloud(view: Any, cands: list) -> list:
    """"AnthropicはFluidstackと組み、500億ドルを投じてデータセンターを建設": own spending plus capacity from the neocloud."""
    out = list(cands)
    partner_after = _PARTNERED.get(view.lang)
    if partner_after is None or not any(c.kind == "investment" for c in cands) or not _DATA_CENTRE.search(view.sentence.text):
        return out
    s = view.sentence
    for c in cands:
        if c.kind != "investment" or c.rejected is not None or len(c.targets) != 1 or len(c.sources) != 1:
            continue
        t = c.targets[0]
        if providers().get(t.entity) != "neocloud" or providers().get(c.sources[0].entity) is not None:
            continue
        if not (t.slot == "WITH" and partner_after.match(s.text[t.end - s.start:])):
            continue
        entry = replace(c.trigger.entry, kind="compute_commitment")
        compute = replace(c, kind="compute_commitment", amount=None, targets=[t], trigger=replace(c.trigger, entry=entry),
                          notes=[*c.notes, f"built with the neocloud {t.entity}: it provides the capacity"])
        c.targets = []
        c.note(f"{t.entity} is the partner that builds, not the investee: spending on own data centres")
        out.append(compute)
    return out


def adjust(view: Any, cands: list) -> list:
    """A neocloud signing "with" a cloud company: the neocloud provides, the other side pays."""
    sellers = providers()
    licence: bool | None = None  # searched once, only when a compute commitment is read
    for c in cands:
        if c.kind in ("compute_commitment", "purchase"):
            _its_capacity(view, c)
        if c.kind != "compute_commitment":
            continue
        _on_platform(view, c)
        _partner_object(view, c)
        _chip_descriptor(view, c)
        _listed_customers(view, c)
        _space_at_site(view, c)
        _beneficiary_ja(view, c)
        _own_clause_subject(view, c)
        _pay_for_company(view, c)
        if licence is None:
            licence = _LICENCE.search(view.sentence.text) is not None
        if licence and c.rejected is None and c.kind == "compute_commitment":
            c.rejected = "a data or content licence, not compute"
    cands = _built_with_neocloud(view, cands)
    for c in cands:
        if c.kind != "compute_commitment" or c.rejected is not None or len(c.sources) != 1 or len(c.targets) != 1:
            continue
        src, dst = c.sources[0], c.targets[0]
        if c.trigger.entry.frame == "supply" or dst.slot != "WITH":
            continue
        if sellers.get(src.entity) == "neocloud" and sellers.get(dst.entity) == "compute":
            c.sources, c.targets = [dst], [src]
            c.note(f"{src.entity} is a neocloud signing with {dst.entity}: the neocloud provides")
    return cands
