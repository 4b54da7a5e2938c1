package io.countersign.recap;

import io.countersign.pi.Attribute;
import java.util.List;
import java.util.Optional;

/**
 * One numbered line of the recap: the style the buyer answers by its number. Numbers are written
 * in the document's language; amounts and prices without the currency.
 *
 * @param number            1, 2, 3 … in PI order
 * @param pointId           the sign-off point of this style in the PDF and the workbook
 * @param distinguishing    the attributes that tell this style from its look-alikes, with this style's
 *                          values (empty value when this style lacks the attribute); empty without look-alikes
 * @param lookAlikes        the styles this one could be taken for, when something on the PI tells them apart
 * @param sameDescriptionAs the styles with exactly this description under another code
 * @param thumbnail         the Content-ID of the picture's thumbnail, when the style has a picture
 */
public record RecapLine(int number, String pointId, String buyerCode, String styleId, String name,
                        List<Attribute> distinguishing, List<String> lookAlikes, List<String> sameDescriptionAs,
                        String quantity, String unit, String unitPrice, String amount, Optional<String> thumbnail,
                        String revisionNote) {

    public RecapLine {
        distinguishing = List.copyOf(distinguishing);
        lookAlikes = List.copyOf(lookAlikes);
        sameDescriptionAs = List.copyOf(sameDescriptionAs);
    }
}
