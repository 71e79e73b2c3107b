import { AbilityFactory, asSubject, PolicyRegistry, parseConditions } from '@renkei/authz';
const f = new AbilityFactory(new PolicyRegistry());
it('probe', () => {
  for (const c of [{ $and: [{ a: 1 }, { b: 2 }] }, { $or: [{ a: 1 }, { b: 2 }] }, { $nor: [{ a: 1 }, { b: 2 }] }, { a: { $not: { $eq: 1 } } }, {a: {$in: [1]}, $or: [{b: 1}]}]) {
    console.log(JSON.stringify(parseConditions(c)));
  }
  const ab = f.build([{ action: 'read', subject: 'Row', conditions: { $nor: [{ a: 1 }, { b: { $gt: 2 } }] } }]);
  console.log(ab.can('read', asSubject('Row', { a: 2, b: 1 })), ab.can('read', asSubject('Row', { a: 1, b: 1 })));
});
