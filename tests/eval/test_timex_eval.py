from newsgraph.eval.timex import load_meantime

XML = """<?xml version="1.0" ?><Document doc_id="1" doc_name="t" lang="en">
<token number="0" sentence="0" t_id="1">Title</token>
<token number="1" sentence="1" t_id="2">March</token>
<token number="2" sentence="1" t_id="3">3</token>
<token number="3" sentence="1" t_id="4">,</token>
<token number="4" sentence="1" t_id="5">2009</token>
<token number="5" sentence="2" t_id="6">It</token>
<token number="6" sentence="2" t_id="7">rained</token>
<token number="7" sentence="2" t_id="8">yesterday</token>
<token number="8" sentence="2" t_id="9">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2009-03-03">
<token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2009-03-02"><token_anchor t_id="8"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DURATION" value="P1D"><token_anchor t_id="8"/></TIMEX3>
<TIMEX3 m_id="4" type="DATE" value="1980"/>
</Markables></Document>"""


def test_meantime_text_and_spans(tmp_path):
    (tmp_path / "a.xml").write_text(XML)
    [(doc_id, text, dct, gold, region_end)] = list(load_meantime(tmp_path))
    assert doc_id == "1"
    assert text == "Title\nMarch 3 , 2009\nIt rained yesterday ."
    assert dct == "2009-03-03"
    assert [(text[s:e], v) for s, e, _, v in gold] == [("March 3 , 2009", "2009-03-03"), ("yesterday", "2009-03-02")]
    assert region_end == len(text)


TML = """<?xml version="1.0" ?>
<TimeML><DOCID>wsj_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>
<TEXT>Prices <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after a <TIMEX3 tid="t2" type="DURATION" value="P3D">three-day</TIMEX3> fall.</TEXT>
</TimeML>"""


def test_tml_inline_reader(tmp_path):
    from newsgraph.eval.timex import load_gold_timex
    (tmp_path / "a.tml").write_text(TML)
    [(doc_id, text, dct, gold, region_end)] = list(load_gold_timex(tmp_path))
    assert doc_id == "wsj_1" and dct == "1998-01-08" and region_end == len(text)
    assert text == "Prices rose yesterday after a three-day fall."
    assert [(text[s:e], v) for s, e, _, v in gold] == [("yesterday", "1998-01-07")]
