export interface ImportedSection {
  number: string;
  heading: string;
  /** The section's paragraphs, one a line, as the plan form's long text holds them. */
  text: string;
}

export interface NumberedItem {
  number: string;
  text: string;
}

const HEADING = /^([IVX]+)\s*[.\-–]\s*(.+)$/u;
const ITEM = /^(\d+)\.\s*(.*)$/u;
const isUpper = (s: string) => s === s.toLocaleUpperCase('vi');

/** The body split at its section headings (I. / II. / III., upper case); the closing "Trên đây là …" left out. */
export function splitSections(paragraphs: readonly string[]): {
  preamble: string[];
  sections: (ImportedSection & { paragraphs: string[] })[];
} {
  const preamble: string[] = [];
  const sections: (ImportedSection & { paragraphs: string[] })[] = [];
  for (const paragraph of paragraphs) {
    const heading = HEADING.exec(paragraph);
    if (heading && isUpper(heading[2]!)) {
      sections.push({ number: heading[1]!, heading: heading[2]!.trim(), text: '', paragraphs: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    if (current) current.paragraphs.push(paragraph);
    else preamble.push(paragraph);
  }
  for (const section of sections) {
    const closing = section.paragraphs.findIndex((p) => /^Trên đây là/u.test(p));
    if (closing >= 0) section.paragraphs = section.paragraphs.slice(0, closing);
    section.text = section.paragraphs.join('\n');
  }
  return { preamble, sections };
}

/** The numbered items of a section ("1. …"), each with the paragraphs that follow it until the next. */
export function numberedItems(paragraphs: readonly string[]): (NumberedItem & { paragraphs: string[] })[] {
  const items: (NumberedItem & { paragraphs: string[] })[] = [];
  for (const paragraph of paragraphs) {
    const item = ITEM.exec(paragraph);
    if (item) items.push({ number: item[1]!, text: item[2]!.trim(), paragraphs: [item[2]!.trim()] });
    else if (items.length) items[items.length - 1]!.paragraphs.push(paragraph);
  }
  return items.map((i) => ({ ...i, text: i.paragraphs.join('\n') }));
}

const ACTION =
  /\s+(?:chủ trì|chủ động|hướng dẫn|theo dõi|phối hợp|tham mưu|có trách nhiệm|thực hiện|triển khai|căn cứ|tổ chức|là cơ quan|làm đầu mối|xây dựng|tăng cường)(?=\s|,|$)/iu;

/** Section III: the unit named by each item, its heading line ("1. Sở Nội vụ") or the words before its first verb. */
export function assignmentsOf(paragraphs: readonly string[]): { unit: string; text: string }[] {
  return numberedItems(paragraphs).map((item) => {
    const [first = '', ...rest] = item.paragraphs;
    const isHeading = first.length <= 160 && !/[.;]$/u.test(first);
    if (isHeading) return { unit: first.replace(/:$/u, '').trim(), text: rest.join('\n') };
    const lead = first.replace(/^Giao\s+/u, '');
    const action = ACTION.exec(lead);
    if (!action) return { unit: lead.split(/[,:;]/u)[0]!.trim(), text: item.paragraphs.join('\n') };
    return { unit: lead.slice(0, action.index).trim(), text: [lead.slice(action.index).trim(), ...rest].join('\n') };
  });
}
