package org.hor.docx.internal;

/** The styles part: Word's built-in heading styles (so the navigation pane shows the structure) and a few of our own. */
final class Styles {

    private static final String FONT =
            "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" w:eastAsia=\"Arial\"/>";

    private Styles() {}

    static String xml(String lang) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
                .append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append(FONT)
                .append("<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"")
                .append(lang)
                .append("\" w:eastAsia=\"")
                .append(lang)
                .append("\" w:bidi=\"he-IL\"/></w:rPr></w:rPrDefault>")
                .append(
                        "<w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        paragraph(s, "Normal", "Normal", null, true, "<w:widowControl/>", "");
        paragraph(
                s,
                "Title",
                "Title",
                "Normal",
                false,
                "<w:spacing w:after=\"160\"/><w:outlineLvl w:val=\"9\"/>",
                "<w:b/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>");
        paragraph(
                s,
                "Subtitle",
                "Subtitle",
                "Normal",
                false,
                "<w:spacing w:after=\"160\"/>",
                "<w:color w:val=\"4A5568\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>");
        int[] sizes = {30, 26, 23, 21, 20, 20};
        for (int level = 1; level <= 6; level++) {
            paragraph(
                    s,
                    "Heading" + level,
                    "heading " + level,
                    "Normal",
                    false,
                    "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + (level == 1 ? 360 : 240)
                            + "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    "<w:b/><w:color w:val=\"1F4E79\"/><w:sz w:val=\"" + sizes[level - 1] + "\"/><w:szCs w:val=\""
                            + sizes[level - 1] + "\"/>");
        }
        paragraph(
                s,
                "Caption",
                "caption",
                "Normal",
                false,
                "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"60\"/>",
                "<w:b/>");
        paragraph(
                s,
                "Note",
                "Note",
                "Normal",
                false,
                "<w:spacing w:after=\"20\"/>",
                "<w:color w:val=\"4A5568\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>");
        paragraph(s, "Fact", "Fact", "Normal", false, "<w:spacing w:after=\"20\"/>", "");
        paragraph(s, "ListBullet", "List Bullet", "Normal", false, "<w:spacing w:after=\"40\"/>", "");
        paragraph(
                s,
                "TableText",
                "Table Text",
                "Normal",
                false,
                "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
        paragraph(
                s,
                "TableTextSmall",
                "Table Text Small",
                "TableText",
                false,
                "",
                "<w:sz w:val=\"14\"/><w:szCs w:val=\"14\"/>");
        paragraph(s, "TableHeader", "Table Header", "TableText", false, "<w:keepNext/>", "<w:b/>");
        paragraph(s, "TableHeaderSmall", "Table Header Small", "TableTextSmall", false, "<w:keepNext/>", "<w:b/>");
        paragraph(s, "Footer", "footer", "Normal", false, "", "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>");
        s.append(
                        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
                .append(
                        "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        s.append(
                        "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"HorTable\"><w:name w:val=\"hor Table\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr>")
                .append(
                        "<w:tblBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"4A5568\"/><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"4A5568\"/>")
                .append("<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"CBD5E0\"/></w:tblBorders>")
                .append(
                        "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        s.append(
                        "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"HorPlain\"><w:name w:val=\"hor Plain\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr>")
                .append(
                        "<w:tblBorders><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"E2E8F0\"/></w:tblBorders>")
                .append(
                        "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        return s.append("</w:styles>").toString();
    }

    private static void paragraph(
            StringBuilder s, String id, String name, String basedOn, boolean isDefault, String pPr, String rPr) {
        s.append("<w:style w:type=\"paragraph\"")
                .append(isDefault ? " w:default=\"1\"" : "")
                .append(" w:styleId=\"")
                .append(id)
                .append("\"><w:name w:val=\"")
                .append(name)
                .append("\"/>");
        if (basedOn != null) {
            s.append("<w:basedOn w:val=\"").append(basedOn).append("\"/><w:next w:val=\"Normal\"/>");
        }
        s.append("<w:qFormat/>");
        if (!pPr.isEmpty()) {
            s.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        if (!rPr.isEmpty()) {
            s.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        s.append("</w:style>");
    }
}
