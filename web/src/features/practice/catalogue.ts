import type { Certification, Syllabus } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';

let certifications: Promise<Certification[]> | null = null;
let syllabus: Promise<Syllabus> | null = null;

/** The certifications (subjects, cut scores), loaded once per page load; a failure is retried next time. */
export function loadCertifications(): Promise<Certification[]> {
  certifications ??= call(api.api.certifications.$get()).then(
    (r) => r.items,
    (e) => {
      certifications = null;
      throw e;
    },
  );
  return certifications;
}

/** The syllabus (areas and topics), loaded once per page load; a failure is retried next time. */
export function loadSyllabus(): Promise<Syllabus> {
  syllabus ??= call(api.api.syllabus.$get()).then(
    (r) => r,
    (e) => {
      syllabus = null;
      throw e;
    },
  );
  return syllabus;
}
