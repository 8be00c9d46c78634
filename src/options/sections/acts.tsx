import { ACTS, POLICIES, type Act, type Policy } from '../../core/acts';
import { localize } from '../../core/i18n';
import type { RuleList } from '../../core/rules/schema';
import { useOptions } from '../context';
import { useAllLists } from '../use-lists';

function ListPolicies({ list }: { list: RuleList }) {
  const { settings, save, t, language } = useOptions();
  const overrides = settings.userRules.actPolicies[list.id] ?? {};
  const title = localize(list.title, language);

  const choose = (act: Act, value: Policy | '') =>
    save((draft) => {
      const policies = { ...draft.userRules.actPolicies[list.id] };
      if (value === '') delete policies[act];
      else policies[act] = value;
      if (Object.keys(policies).length === 0) delete draft.userRules.actPolicies[list.id];
      else draft.userRules.actPolicies[list.id] = policies;
    });

  return (
    <table class="acts">
      <caption>{title}</caption>
      <tbody>
        {ACTS.map((act) => (
          <tr key={act}>
            <th scope="row">
              <label for={`act-${list.id}-${act}`}>{t(`act_${act}`)}</label>
            </th>
            <td>
              <select
                id={`act-${list.id}-${act}`}
                value={overrides[act] ?? ''}
                onChange={(event) => void choose(act, event.currentTarget.value as Policy | '')}
              >
                <option value="">{t('actsListDefault', { policy: t(`policy_${list.policy.acts[act]}`) })}</option>
                {POLICIES.map((policy) => (
                  <option key={policy} value={policy}>
                    {t(`policy_${policy}`)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ActsSection() {
  const { t } = useOptions();
  const lists = useAllLists();
  return (
    <>
      <p class="help">{t('actsHelp')}</p>
      {lists.map((list) => (
        <ListPolicies key={list.id} list={list} />
      ))}
    </>
  );
}
