import { readFileSync } from 'node:fs';
import { importPlanFile, planFileKindOf } from './src/import/readPlanFile';
const f = process.argv[2]!;
const r = importPlanFile(readFileSync(f), planFileKindOf(f)!, [{ key: 'skilledModels', label: 'Mô hình "Dân vận khéo"' }]);
console.log(JSON.stringify({ ...r, sections: r.sections.map((s) => ({ ...s, text: s.text.slice(0, 80) })), tasks: r.tasks.map((t) => ({ ...t, text: t.text.slice(0, 60) })), assignments: r.assignments.map((t) => ({ ...t, text: t.text.slice(0, 50) })), footnotes: r.footnotes.map((t) => ({ ...t, text: t.text.slice(0, 60) })) }, null, 1));
