import type { Certification, Syllabus } from '../contract/catalogue.js';
import { listCertifications, listSubjects, listSyllabus } from '../db/repositories/bank.js';
import type { Deps } from '../deps.js';

/** Certifications with their subjects' names, cut scores and blueprints. */
export async function certificationsList(deps: Deps): Promise<{ items: Certification[] }> {
  const { db } = deps.database;
  const [certs, subjects] = await Promise.all([listCertifications(db), listSubjects(db)]);
  const byId = new Map(subjects.map((s) => [s.id, s]));
  return {
    items: certs.map((c) => ({
      id: c.id,
      title: c.title,
      titleZh: c.titleZh,
      post: c.post,
      subjects: c.definition.subjects.map((s) => ({
        id: s.subject,
        title: byId.get(s.subject)?.title ?? s.subject,
        titleZh: byId.get(s.subject)?.titleZh ?? s.subject,
        passScore: s.passScore,
        maxScore: s.maxScore,
        blueprint: s.blueprint,
      })),
    })),
  };
}

/** The syllabus tree: areas in order, each with its topics. */
export async function syllabusTree(deps: Deps): Promise<Syllabus> {
  const { areas, topics } = await listSyllabus(deps.database.db);
  return {
    areas: areas.map((a) => ({
      id: a.id,
      title: a.title,
      titleZh: a.titleZh,
      topics: topics.filter((t) => t.areaId === a.id).map((t) => ({ id: t.id, title: t.title, titleZh: t.titleZh })),
    })),
  };
}
