import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import type { PlanGetOutput, PlanView } from '../../../shared/plans.ts';
import { formatDate } from '../../i18n/index.ts';
import { goalsByDomain } from './grouping.ts';
import { residentLabel } from '../../print/names.ts';
import { isOverdue } from './status.ts';

/** "Version 2 · current" or "Version 1 · replaced on …", as the plan section says it. */
export function planVersionText(t: TFunction, plan: PlanView, d: (iso: string | null) => string): string {
  return plan.active
    ? t('plans.versionActive', { version: plan.version })
    : t('plans.versionFrozen', { version: plan.version, date: d(plan.frozenAt?.slice(0, 10) ?? null) });
}

interface Props {
  data: PlanGetOutput & { plan: PlanView };
  /** "Codes instead of names" on the print. */
  codesOnly: boolean;
  /** The copy inside the print document (the on-screen one carries the test ids). */
  onPaper?: boolean;
}

/**
 * The plan as it goes on paper (inside the shared print layout, which adds organisation, premises,
 * who printed it, the notice and page numbers) and as it is previewed on screen. A protected
 * resident appears by her code only: paper leaves the house, and an alias is still a way to point
 * at her.
 */
export function PlanSheet({ data, codesOnly, onPaper = false }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const d = (iso: string | null) => formatDate(iso, language);
  const { resident, plan } = data;
  const today = localIsoDate(new Date());
  const versionText = planVersionText(t, plan, d);
  return (
    <article className="plan-sheet" {...(onPaper ? {} : { 'data-testid': 'plan-sheet' })}>
      <table>
        <tbody>
          <tr>
            <th style={{ width: '30%' }}>{t('plans.printView.resident')}</th>
            <td {...(onPaper ? {} : { 'data-testid': 'plan-sheet-resident' })}>
              {residentLabel(resident, codesOnly || resident.protected)}
            </td>
          </tr>
          <tr>
            <th>{t('plans.printView.version')}</th>
            <td>
              {versionText} — {t('plans.startedBy', { date: d(plan.createdAt.slice(0, 10)), name: plan.createdByName })}
            </td>
          </tr>
        </tbody>
      </table>

      {plan.goals.length === 0 && <p>{t('plans.noGoals')}</p>}
      {goalsByDomain(plan.goals).map(({ domain, goals }) => (
        <section key={domain} className="plan-domain">
          <h2 style={{ fontSize: '13pt', margin: '14px 0 4px' }}>{t(`plans.domains.${domain}`)}</h2>
          {goals.map((g) => (
            <div key={g.id} style={{ marginBottom: 8 }}>
              <p style={{ margin: '4px 0' }}>
                <strong>{g.description}</strong> — {t(`plans.statuses.${g.status}`)} ·{' '}
                {t('plans.target', { date: d(g.targetDate) })}
              </p>
              {g.actions.length > 0 && (
                <table>
                  <thead>
                    <tr>
                      <th>{t('plans.columns.what')}</th>
                      <th style={{ width: '24%' }}>{t('plans.columns.responsible')}</th>
                      <th style={{ width: '18%' }}>{t('plans.columns.due')}</th>
                      <th style={{ width: '14%' }}>{t('plans.columns.done')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.actions.map((a) => {
                      const late = plan.active && isOverdue(a, today);
                      return (
                        <tr key={a.id}>
                          <td>{a.what}</td>
                          <td>{a.responsibleName}</td>
                          <td className={late ? 'overdue' : undefined}>
                            {d(a.dueDate)}
                            {late && ` (${t('plans.overdue')})`}
                          </td>
                          <td>{d(a.doneDate)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
            </div>
          ))}
        </section>
      ))}

      <section>
        <h2 style={{ fontSize: '13pt', margin: '14px 0 4px' }}>{t('plans.reviews')}</h2>
        {plan.reviews.length === 0 && <p>{t('plans.noReviews')}</p>}
        {plan.reviews.map((r) => (
          <div key={r.id} className="plan-review" style={{ marginBottom: 8 }}>
            <strong>{d(r.reviewDate)}</strong> · {t('plans.recordedBy', { name: r.recordedByName })}
            <div style={{ whiteSpace: 'pre-wrap' }}>{r.summary}</div>
            {r.nextReviewDate && <div>{t('plans.nextReview', { date: d(r.nextReviewDate) })}</div>}
          </div>
        ))}
      </section>

      <section className="plan-review">
        <h2 style={{ fontSize: '13pt', margin: '14px 0 4px' }}>{t('plans.printView.signatures')}</h2>
        <div style={{ display: 'flex', gap: '20mm' }}>
          <div className="signature">{t('plans.printView.residentSignature')}</div>
          <div className="signature">{t('plans.printView.staffSignature')}</div>
        </div>
      </section>
    </article>
  );
}
