import { Document, Packer } from 'docx';
import { documentBody, documentTitle } from './docx/body';
import { documentClosing, spacer } from './docx/closing';
import { documentHeader } from './docx/header';
import { pageHeaders, pageProperties } from './docx/page';
import { font } from './docx/text';
import { documentTypeName } from './documentTypes';
import type { OfficialDocument } from './officialDocument';

/** The document as a .docx in the format of Decree 30/2020/NĐ-CP, Appendix I. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'Cascade',
    title: `${documentTypeName(doc.type)} ${doc.title}`,
    styles: { default: { document: { run: { font, size: 28 } } } },
    sections: [
      {
        properties: { page: pageProperties, titlePage: true },
        headers: pageHeaders(),
        children: [
          documentHeader(doc),
          ...documentTitle(doc),
          ...documentBody(doc.body),
          spacer(),
          documentClosing(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
