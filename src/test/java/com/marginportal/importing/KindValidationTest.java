package com.marginportal.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of bad row, found in pass 1 without a database (fixed references from {@link Fixtures}). */
class KindValidationTest {

    @Test
    void headerProblemsAreReportedOnRowOne() {
        Fixtures.Validation v = Fixtures.validate(new PricesImport(), "code,prise,price_date,code\n600519.SH,1,2026-11-25,x\n");
        assertThat(v.messages()).isEqualTo("""
                row 1: 'prise' is not a column of this format (expected code, price, price_date)
                row 1, column code: 'code' appears twice in the header
                row 1, column price: required column is missing from the header""");
    }

    @Test
    void chineseHeadersAreAccepted() {
        Fixtures.Validation v = Fixtures.validate(new PricesImport(), "证券代码,最新价,日期\n600519.SH,1520.5,2026-11-25\n");
        assertThat(v.errors().isEmpty()).isTrue();
        assertThat(v.rows()).isEqualTo(1);
    }

    @Test
    void prices() {
        Fixtures.Validation v = Fixtures.validate(new PricesImport(), """
                code,price,price_date
                600519.SH,1520.5,2026-11-25
                999999.SH,1,2026-11-25
                000001.SZ,"12,3a",2026-11-25
                000001.SZ,-1,2026-11-25
                000001.SZ,12,3a,2026-11-25
                600519.sh,1521,2026-11-25
                """);
        assertThat(v.rows()).isEqualTo(6);
        assertThat(v.messages()).isEqualTo("""
                row 3, column code: '999999.SH' is not in the securities master
                row 4, column price: '12,3a' is not a decimal number
                row 5, column price: '-1' must be greater than 0
                row 6: has 4 cells but the header has 3 columns (an unquoted comma in a value?)
                row 7, column code: '600519.SH' appears twice in the file (also row 2)""");
    }

    @Test
    void securitiesRespectTheConversionRateCaps() {
        Fixtures.Validation v = Fixtures.validate(new SecuritiesImport(), """
                code,name,board,security_type,industry,index_member,status,conversion_rate,financing_eligible,short_eligible
                600519.SH,贵州茅台,MAIN_SH,STOCK,白酒,Y,NORMAL,0.70,Y,Y
                600000.SH,浦发银行,MAIN_SH,STOCK,银行,N,NORMAL,0.70,Y,N
                600001.SH,ST某某,MAIN_SH,STOCK,,N,ST,0.10,N,N
                510300.SH,沪深300ETF,MAIN_SH,ETF,,N,NORMAL,90%,Y,Y
                60000X.SH,坏代码,MARS,STOCK,,N,NORMAL,0.5,Y,Y
                """);
        assertThat(v.messages()).isEqualTo("""
                row 3, column conversion_rate: '0.7' exceeds the cap of 0.65 for shares outside the indexes
                row 4, column conversion_rate: '0.1' exceeds the cap of 0 for ST, suspended or delisting securities
                row 6, column code: '60000X.SH' is not a security code like 600519.SH
                row 6, column board: 'MARS' is not one of MAIN_SH, MAIN_SZ, STAR, CHINEXT, BSE""");
    }

    @Test
    void positions() {
        Fixtures.Validation v = Fixtures.validate(new PositionsImport(), """
                account,code,side,quantity,cost_price,financed_quantity,financed_amount,short_proceeds
                80000001,600519.SH,LONG,100,1500,50,75000,0
                80000001,600519.SH,SHORT,100,1500,0,0,150000
                80000009,600519.SH,LONG,100,1500,,,
                80000002,999999.SH,LONG,100,1500,,,
                80000001,600519.SH,LONG,200,1500,,,
                80000002,000001.SZ,LONG,100,12,200,2400,
                80000002,510300.SH,SHORT,100,4,100,,
                80000002,510300.SH,LONG,0,4,,,
                """);
        assertThat(v.messages()).isEqualTo("""
                row 4, column account: '80000009' is not a known credit account
                row 5, column code: '999999.SH' is not in the securities master
                row 6: '80000001 600519.SH LONG' account, code and side appear twice in the file (also row 2)
                row 7, column financed_quantity: '200' is more than the quantity 100
                row 8, column financed_quantity: must be 0 on a SHORT position (financing applies to LONG positions)
                row 9, column quantity: '0' must be at least 1""");
    }

    @Test
    void balances() {
        Fixtures.Validation v = Fixtures.validate(new BalancesImport(), """
                account,cash,interest_and_fees,credit_limit,financing_margin_ratio,contract_start,contract_expiry,special_warning_line,special_margin_call_line,special_liquidation_line
                80000001,100000.00,1200.5,2000000,100%,2026-06-01,2026-12-01,1.5,1.3,1.1
                80000002,1.005,0,0,,,,,,
                80000003,0,0,0,,,,,,
                80000001,0,0,0,,,,,,
                80000002,0,0,0,,2026-06-01,2026-05-01,,,
                80000002,0,0,0,,,,1.3,1.4,
                """);
        assertThat(v.messages()).isEqualTo("""
                row 3, column cash: '1.005' has more than 2 decimal places
                row 4, column account: '80000003' is not a known credit account
                row 5, column account: '80000001' appears twice in the file (also row 2)
                row 6, column contract_expiry: '2026-05-01' must be after contract_start 2026-06-01
                row 7: special lines must fall from warning to margin call to liquidation""");
    }

    @Test
    void clients() {
        String id = Fixtures.idNumber("310115", "19850312", "123");
        String woman = Fixtures.idNumber("310115", "19900101", "124");
        String header = "client_number,name,gender,birth_date,id_number,phone,email,branch_code,advisor,risk_tolerance,"
                + "investment_preference,investment_horizon,opened_on,credit_account\n";
        Fixtures.Validation v = Fixtures.validate(new ClientsImport(ImportProperties.defaults()), header
                + "10000003,张三,M,1985-03-12," + id + ",13800138000,zs@example.com,SH01,advisor1,C4,GROWTH,LONG,2020-01-02,80000003\n"
                + "10000004,李四,M,1985-03-12," + id.substring(0, 17) + "0,13800138000,,SH01,,C4,GROWTH,LONG,2020-01-02,80000004\n"
                + "10000005,王五,男,1985-03-13," + id + ",13800138000,not-mail,SH01,,C6,GROWTH,LONG,2020-01-02,80000005\n"
                + "10000006,赵六,F,1990-01-01," + woman + ",13800138000,,XX01,manager1,C4,GROWTH,LONG,2020-01-02,80000006\n"
                + "10000007,钱七,F,1990-01-01," + woman + ",13800138000,,BJ01,advisor1,C4,GROWTH,LONG,2020-01-02,80000001\n"
                + "10000002,孙八,F,1990-01-01," + woman + ",13800138000,,BJ01,advisor5,C4,GROWTH,LONG,2020-01-02,80000009\n"
                + "10000003,周九,F,1990-01-01," + woman + ",13800138000,,BJ01,nobody,C4,GROWTH,LONG,2020-01-02,80000003\n");
        String check = id.charAt(17) == '0' ? "" : "row 3, column id_number: '" + id.substring(0, 17) + "0' fails the GB 11643 check digit\n";
        assertThat(v.messages() + "\n").isEqualTo(check + """
                row 4, column email: 'not-mail' is not an e-mail address
                row 4, column risk_tolerance: 'C6' is not one of C1, C2, C3, C4, C5
                row 4, column id_number: '%s' does not match birth_date 1985-03-13
                row 5, column branch_code: 'XX01' is not a known branch code
                row 5, column advisor: 'manager1' is not an advisor
                row 6, column credit_account: '80000001' belongs to client 10000001
                row 6, column advisor: 'advisor1' is not an advisor of branch BJ01
                row 7, column credit_account: '80000009' differs from the client's existing credit account 80000002
                row 8, column client_number: '10000003' appears twice in the file (also row 2)
                row 8, column credit_account: '80000003' appears twice in the file (also row 2)
                row 8, column advisor: 'nobody' is not a known user
                """.formatted(id));
    }

    @Test
    void trades() {
        Fixtures.Validation v = Fixtures.validate(new TradesImport(), """
                external_id,account,code,traded_at,trade_type,quantity,price,amount
                T1,80000001,600519.SH,2026-11-25 09:31:05,MARGIN_BUY,100,1500,150000
                T2,80000001,600519.SH,2026-11-25 25:00,BUY,100,1500,150000
                T3,80000001,600519.SH,2026-11-25 10:00,GIFT,100,1500,150000
                T1,80000002,000001.SZ,2026-11-25 10:00,融资买入,100,12,1200
                """);
        assertThat(v.messages()).isEqualTo("""
                row 3, column traded_at: '2026-11-25 25:00' is not a date and time (use yyyy-MM-dd HH:mm:ss)
                row 4, column trade_type: 'GIFT' is not one of BUY, SELL, MARGIN_BUY, SELL_TO_REPAY, SHORT_SELL, BUY_TO_COVER
                row 5, column external_id: 'T1' appears twice in the file (also row 2)""");
    }

    @Test
    void errorsAreCappedButAllCounted() {
        StringBuilder csv = new StringBuilder("code,price,price_date\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("600519.SH,x,2026-11-25\n");
        }
        Fixtures.Validation v = Fixtures.validate(new PricesImport(), csv.toString());
        assertThat(v.errors().count()).isEqualTo(1500 + 0);
        assertThat(v.errors().kept()).hasSize(ImportService.MAX_REPORTED_ERRORS);
    }
}
