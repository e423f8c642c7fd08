package org.example.billing;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class InvoiceParser {
    public Invoice parse(InputStream upload) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(upload);
        String number = doc.getElementsByTagName("number").item(0).getTextContent();
        String total = doc.getElementsByTagName("total").item(0).getTextContent();
        return new Invoice(number, new java.math.BigDecimal(total));
    }
}
