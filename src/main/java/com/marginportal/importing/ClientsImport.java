package com.marginportal.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The client archive with each client's credit account number. Checks the ID number (GB 11643) and that
 * it agrees with birth date and gender; branch and advisor references are checked by {@link ClientsSession}.
 */
final class ClientsImport implements KindImport<ClientsImport.Row> {

    record Row(long id, String name, String gender, LocalDate birthDate, String idNumber, String phone, String email,
               String address, String branchCode, String advisor, String riskTolerance, String preference,
               String horizon, Boolean advisoryAgreement, String language, LocalDate tradingSince, LocalDate openedOn,
               String status, long creditAccount) {
    }

    static final Column ID = Column.required("client_number", "客户号", "客户编号");
    static final Column NAME = Column.required("name", "姓名", "客户姓名");
    static final Column GENDER = Column.required("gender", "性别");
    static final Column BIRTH = Column.required("birth_date", "出生日期");
    static final Column ID_NUMBER = Column.required("id_number", "身份证号", "证件号码");
    static final Column PHONE = Column.required("phone", "手机号", "电话");
    static final Column EMAIL = Column.optional("email", "邮箱", "电子邮箱");
    static final Column ADDRESS = Column.optional("address", "地址");
    static final Column BRANCH = Column.required("branch_code", "营业部代码", "营业部");
    static final Column ADVISOR = Column.optional("advisor", "客户经理");
    static final Column RISK = Column.required("risk_tolerance", "风险承受能力", "风险等级");
    static final Column PREFERENCE = Column.required("investment_preference", "投资偏好");
    static final Column HORIZON = Column.required("investment_horizon", "投资期限");
    static final Column AGREEMENT = Column.optional("advisory_agreement", "投顾协议");
    static final Column LANGUAGE = Column.optional("preferred_language", "语言");
    static final Column TRADING_SINCE = Column.optional("trading_since", "首次交易日期");
    static final Column OPENED_ON = Column.required("opened_on", "开户日期");
    static final Column STATUS = Column.optional("status", "状态");
    static final Column ACCOUNT = Column.required("credit_account", "信用账户", "信用账号");

    private static final Pattern PHONE_FORM = Pattern.compile("\\+?\\d[\\d -]{5,18}\\d");
    private static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ImportProperties properties;

    ClientsImport(ImportProperties properties) {
        this.properties = properties;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CLIENTS;
    }

    @Override
    public List<Column> columns() {
        return List.of(ID, NAME, GENDER, BIRTH, ID_NUMBER, PHONE, EMAIL, ADDRESS, BRANCH, ADVISOR, RISK, PREFERENCE,
                HORIZON, AGREEMENT, LANGUAGE, TRADING_SINCE, OPENED_ON, STATUS, ACCOUNT);
    }

    @Override
    public Row parse(Cells c) {
        Long id = c.whole(ID, 1);
        String name = c.text(NAME, 50);
        String gender = c.oneOf(GENDER, List.of("M", "F"), Map.of("男", "M", "女", "F"));
        LocalDate birth = c.date(BIRTH);
        String idRaw = c.raw(ID_NUMBER);
        String idNumber = idRaw == null ? null : idRaw.toUpperCase(Locale.ROOT);
        String phone = c.matching(PHONE, PHONE_FORM, "a phone number");
        String email = c.text(EMAIL, 120);
        if (email != null && !EMAIL_FORM.matcher(email).matches()) {
            c.fail(EMAIL, email, "is not an e-mail address");
        }
        String address = c.text(ADDRESS, 200);
        String branch = c.text(BRANCH, 16);
        String advisor = c.text(ADVISOR, 50);
        String risk = c.oneOf(RISK, List.of("C1", "C2", "C3", "C4", "C5"), Map.of());
        String preference = c.oneOf(PREFERENCE, List.of("STABLE", "BALANCED", "GROWTH", "AGGRESSIVE"),
                Map.of("稳健", "STABLE", "平衡", "BALANCED", "成长", "GROWTH", "激进", "AGGRESSIVE"));
        String horizon = c.oneOf(HORIZON, List.of("SHORT", "MEDIUM", "LONG"), Map.of("短期", "SHORT", "中期", "MEDIUM", "长期", "LONG"));
        Boolean agreement = c.flag(AGREEMENT);
        String language = c.oneOf(LANGUAGE, List.of("ZH-CN", "EN"), Map.of("中文", "ZH-CN", "英文", "EN"));
        LocalDate tradingSince = c.date(TRADING_SINCE);
        LocalDate openedOn = c.date(OPENED_ON);
        String status = c.oneOf(STATUS, List.of("ACTIVE", "DORMANT", "CLOSED"), Map.of("正常", "ACTIVE", "休眠", "DORMANT", "销户", "CLOSED"));
        Long account = c.whole(ACCOUNT, 1);
        if (idNumber != null) {
            checkIdNumber(c, idNumber, birth, gender);
        }
        if (!c.ok()) {
            return null;
        }
        return new Row(id, name, gender, birth, idNumber, phone, email, address, branch, advisor, risk, preference,
                horizon, agreement, language == null ? null : language.equals("EN") ? "en" : "zh-CN", tradingSince,
                openedOn, status, account);
    }

    private static void checkIdNumber(Cells c, String idNumber, LocalDate birth, String gender) {
        String problem = ResidentIds.problem(idNumber);
        if (problem != null) {
            c.fail(ID_NUMBER, idNumber, problem);
        } else if (birth != null && !birth.equals(ResidentIds.birthDate(idNumber))) {
            c.fail(ID_NUMBER, idNumber, "does not match birth_date " + birth);
        } else if (gender != null && !gender.equals(ResidentIds.gender(idNumber))) {
            c.fail(ID_NUMBER, idNumber, "does not match gender " + gender);
        }
    }

    @Override
    public Session<Row> session(References references, Header header) {
        return new ClientsSession(references, header, properties);
    }
}
