import { describe, expect, it } from 'vitest';
import { residentFieldsSchema, type ResidentDetail } from '../../../shared/residents.ts';
import {
  FIELD_NAMES,
  FORM_ORDER,
  emptyValues,
  intakeErrors,
  parseFields,
  toFields,
  valuesFromDetail,
  type IntakeValues,
} from '../../../renderer/features/residents/intake/values.ts';

const TODAY = '2026-03-10';

function complete(over: Partial<IntakeValues> = {}): IntakeValues {
  return {
    ...emptyValues(TODAY),
    givenName: 'Jelena',
    familyName: 'Marković',
    dateOfBirth: '1994-05-17',
    sex: 'female',
    idDocumentStatus: 'none',
    referralSource: 'center',
    riskLevel: 'medium',
    consentGivenOn: TODAY,
    ...over,
  };
}

describe('intake values', () => {
  it('starts empty with the choices left to staff and today as the referral date', () => {
    const v = emptyValues(TODAY);
    expect(v.referralDate).toBe(TODAY);
    expect([v.sex, v.idDocumentStatus, v.referralSource, v.riskLevel]).toEqual([null, null, null, null]);
    expect(Object.keys(v).sort()).toEqual([...FIELD_NAMES].sort());
  });

  it('puts every field of the schema on screen once', () => {
    expect([...FORM_ORDER].sort()).toEqual([...FIELD_NAMES].sort());
    expect(FIELD_NAMES.sort()).toEqual(Object.keys(residentFieldsSchema.shape).sort());
  });

  it('explains everything missing in one go, with the same keys the core uses', () => {
    const errors = intakeErrors(emptyValues(TODAY), TODAY);
    expect(errors).toMatchObject({
      givenName: 'validation.required',
      familyName: 'validation.required',
      sex: 'validation.required',
      idDocumentStatus: 'validation.required',
      referralSource: 'validation.required',
      riskLevel: 'validation.required',
      dateOfBirth: 'validation.birthRequired', // a rule between fields, checked while choices are empty
    });
    expect(intakeErrors(complete(), TODAY)).toEqual({});
  });

  it('applies the rules between fields: dates not in the future, identification details by status', () => {
    expect(intakeErrors(complete({ dateOfBirth: '2026-03-11' }), TODAY)).toMatchObject({
      dateOfBirth: 'validation.notInFuture',
    });
    expect(intakeErrors(complete({ dateOfBirth: '2015-01-01' }), TODAY)).toEqual({
      guardianName: 'validation.guardianRequired',
    });
    expect(intakeErrors(complete({ dateOfBirth: '2015-01-01', guardianName: 'Dragana Simić' }), TODAY)).toEqual({});
    expect(intakeErrors(complete({ identificationStatus: 'formal' }), TODAY)).toEqual({
      formallyIdentifiedOn: 'validation.required',
      identificationBody: 'validation.required',
    });
    expect(intakeErrors(complete({ givenName: 'x'.repeat(81) }), TODAY)).toEqual({ givenName: 'validation.tooLong' });
  });

  it('drops identification details the status does not use, and keeps those it does', () => {
    const v = complete({
      identificationStatus: 'preliminary',
      preliminaryIdentifiedOn: '2026-01-05',
      formallyIdentifiedOn: '2026-02-01',
      notIdentifiedOn: '2026-02-02',
      identificationBody: 'Center for Victim Protection',
    });
    const f = toFields(v);
    expect(f).toMatchObject({
      preliminaryIdentifiedOn: '2026-01-05',
      formallyIdentifiedOn: null,
      notIdentifiedOn: null,
      identificationBody: 'Center for Victim Protection',
    });
    expect(toFields({ ...v, identificationStatus: 'potential' })).toMatchObject({
      preliminaryIdentifiedOn: null,
      identificationBody: '',
    });
    expect(v.formallyIdentifiedOn).toBe('2026-02-01'); // the form's own values are left alone
  });

  it('parses to what the core takes (trimmed), or null while something is wrong', () => {
    expect(parseFields(emptyValues(TODAY))).toBeNull();
    const parsed = parseFields(complete({ givenName: '  Jelena ', alias: ' Jeca ' }));
    expect(parsed).toMatchObject({ givenName: 'Jelena', alias: 'Jeca', sex: 'female' });
  });

  it('takes exactly the form fields from a stored record', () => {
    const detail = {
      ...complete(),
      id: 'x',
      code: 'R-2026-0001',
      status: 'referred',
      stays: [],
      changes: [],
    } as unknown as ResidentDetail;
    const v = valuesFromDetail(detail, null);
    expect(Object.keys(v).sort()).toEqual([...FIELD_NAMES].sort());
    expect(v.givenName).toBe('Jelena');
  });
});
