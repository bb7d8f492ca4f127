import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_units_area_municipality" AS ENUM('1440', '1489', '0764', '0604', '1984', '2506', '2505', '1784', '1882', '2084', '1460', '2326', '2403', '1260', '2582', '1443', '2183', '0885', '2081', '1490', '0127', '0560', '1272', '2305', '1231', '1278', '1438', '0162', '1862', '2425', '1730', '0125', '0686', '0862', '0381', '0484', '1285', '1445', '1982', '1382', '1499', '2080', '1782', '0562', '0482', '1763', '1439', '2026', '0662', '0461', '0617', '0980', '1764', '1444', '1447', '2523', '2180', '1480', '1471', '0643', '1783', '1861', '1961', '1380', '1761', '0136', '2583', '0331', '2083', '1283', '1466', '1497', '2104', '0126', '2184', '0860', '1315', '0305', '1863', '2361', '2280', '1401', '1293', '1284', '0821', '1266', '1267', '2510', '0123', '0680', '2514', '0880', '1446', '1082', '1883', '1080', '1780', '0483', '1715', '0513', '2584', '1276', '0330', '2282', '1290', '1781', '2309', '1881', '1384', '1960', '1482', '1261', '1983', '1381', '1282', '1860', '1814', '2029', '1441', '0761', '0186', '1494', '1462', '1885', '0580', '0781', '2161', '1864', '1262', '2085', '2580', '1281', '2481', '1484', '1280', '2023', '2418', '1493', '1463', '0767', '1461', '0586', '2062', '0583', '0642', '1430', '1762', '1481', '0861', '0840', '0182', '1884', '1962', '2132', '2401', '0581', '0188', '2417', '0881', '0140', '0480', '0192', '0682', '2101', '1060', '2034', '1421', '1273', '0882', '2121', '0481', '2521', '1402', '1275', '2581', '2303', '2409', '1081', '2031', '1981', '0128', '2181', '0191', '1291', '1265', '1495', '2482', '1904', '1264', '1496', '2061', '2283', '0163', '0184', '2422', '1427', '1230', '1415', '0180', '1760', '2421', '0486', '1486', '2313', '0183', '2281', '1766', '1907', '1214', '1263', '1465', '1785', '2082', '0684', '2182', '0582', '0181', '1083', '1435', '1472', '1498', '0360', '2262', '0763', '1419', '1270', '1737', '0834', '1452', '0687', '1287', '1488', '0488', '0138', '0160', '1473', '1485', '1491', '2480', '0114', '0139', '0380', '0760', '0584', '0665', '0563', '0115', '2021', '1470', '1383', '0187', '1233', '0685', '2462', '0884', '2404', '0428', '1442', '1487', '2460', '0120', '0683', '0883', '1980', '0780', '0512', '1286', '1492', '2260', '2321', '1765', '2463', '1277', '0561', '0765', '2039', '0319', '2560', '1292', '1407', '0509', '1880', '1257', '2284', '2380', '0117', '0382', '1256', '2513', '2518');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'unitAdmin' BEFORE 'editor';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1440' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1489' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0764' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0604' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1984' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2506' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2505' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1784' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1882' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2084' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1460' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2326' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2403' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1260' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2582' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1443' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2183' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0885' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2081' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1490' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0127' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0560' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1272' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2305' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1231' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1278' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1438' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0162' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1862' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2425' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1730' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0125' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0686' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0862' BEFORE '0381';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0484' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1285' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1445' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1982' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1382' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1499' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2080' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1782' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0562' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0482' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1763' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1439' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2026' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0662' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0461' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0617' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0980' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1764' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1444' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1447' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2523' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2180' BEFORE '1480';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1471' BEFORE '0331';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0643' BEFORE '0331';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1783' BEFORE '0331';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1861' BEFORE '0331';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1961' BEFORE '0331';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1380' BEFORE '0331';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1761' BEFORE '0331';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0136' BEFORE '0331';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2583' BEFORE '0331';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2083' BEFORE '2184';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1283' BEFORE '2184';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1466' BEFORE '2184';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1497' BEFORE '2184';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2104' BEFORE '2184';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0126' BEFORE '2184';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0860' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1315' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0305' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1863' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2361' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2280' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1401' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1293' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1284' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0821' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1266' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1267' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2510' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0123' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0680' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2514' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0880' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1446' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1082' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1883' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1080' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1780' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0483' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1715' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0513' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2584' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1276' BEFORE '0330';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2282' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1290' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1781' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2309' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1881' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1384' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1960' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1482' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1261' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1983' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1381' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1282' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1860' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1814' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2029' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1441' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0761' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0186' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1494' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1462' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1885' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0580' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0781' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2161' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1864' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1262' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2085' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2580' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1281' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2481' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1484' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1280' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2023' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2418' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1493' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1463' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0767' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1461' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0586' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2062' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0583' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0642' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1430' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1762' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1481' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0861' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0840' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0182' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1884' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1962' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2132' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2401' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0581' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0188' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2417' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0881' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0140' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0480' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0192' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0682' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2101' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1060' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2034' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1421' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1273' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0882' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2121' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0481' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2521' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1402' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1275' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2581' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2303' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2409' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1081' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2031' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1981' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0128' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2181' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0191' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1291' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1265' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1495' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2482' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1904' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1264' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1496' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2061' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2283' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0163' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0184' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2422' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1427' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1230' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1415' BEFORE '0180';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1760' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2421' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0486' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1486' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2313' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0183' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2281' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1766' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1907' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1214' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1263' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1465' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1785' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2082' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0684' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2182' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0582' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0181' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1083' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1435' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1472' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1498' BEFORE '0360';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2262' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0763' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1419' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1270' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1737' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0834' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1452' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0687' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1287' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1488' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0488' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0138' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0160' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1473' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1485' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1491' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2480' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0114' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0139' BEFORE '0380';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0760' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0584' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0665' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0563' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0115' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2021' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1470' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1383' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0187' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1233' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0685' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2462' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0884' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2404' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0428' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1442' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1487' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2460' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0120' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0683' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0883' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1980' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0780' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0512' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1286' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1492' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2260' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2321' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1765' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2463' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1277' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0561' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0765' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2039' BEFORE '0319';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2560' BEFORE '0382';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1292' BEFORE '0382';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1407' BEFORE '0382';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0509' BEFORE '0382';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1880' BEFORE '0382';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1257' BEFORE '0382';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2284' BEFORE '0382';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2380' BEFORE '0382';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '0117' BEFORE '0382';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '1256';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2513';
  ALTER TYPE "public"."enum_services_eligibility_municipalities" ADD VALUE '2518';
  CREATE TABLE "units_area" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"municipality" "enum_units_area_municipality" NOT NULL
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units_locales" (
  	"contact_opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "units_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "users_rels" ADD COLUMN "units_id" integer;
  ALTER TABLE "services" ADD COLUMN "unit_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "units_id" integer;
  -- An install from before units: one unit, named after the services' provider, owns every existing
  -- service, serves the municipalities their rules name, and has every staff account but the admins'.
  INSERT INTO "units" ("name")
    SELECT coalesce((SELECT "provider" FROM "services" WHERE "provider" <> '' ORDER BY "id" LIMIT 1), 'Enheten')
    WHERE EXISTS (SELECT 1 FROM "services");
  INSERT INTO "units_area" ("_order", "_parent_id", "id", "municipality")
    SELECT row_number() OVER (ORDER BY m."value"), (SELECT min("id") FROM "units"), md5(m."value"::text), m."value"::text::"enum_units_area_municipality"
    FROM (SELECT DISTINCT "value" FROM "services_eligibility_municipalities") m
    WHERE EXISTS (SELECT 1 FROM "units");
  UPDATE "services" SET "unit_id" = (SELECT min("id") FROM "units");
  INSERT INTO "users_rels" ("order", "parent_id", "path", "units_id")
    SELECT 1, u."id", 'units', (SELECT min("id") FROM "units") FROM "users" u
    WHERE u."role" <> 'admin' AND EXISTS (SELECT 1 FROM "units");
  ALTER TABLE "services" ALTER COLUMN "unit_id" SET NOT NULL;
  ALTER TABLE "units_area" ADD CONSTRAINT "units_area_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_locales" ADD CONSTRAINT "units_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_texts" ADD CONSTRAINT "units_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "units_area_order_idx" ON "units_area" USING btree ("_order");
  CREATE INDEX "units_area_parent_id_idx" ON "units_area" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "units_name_idx" ON "units" USING btree ("name");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE UNIQUE INDEX "units_locales_locale_parent_id_unique" ON "units_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "units_texts_order_parent" ON "units_texts" USING btree ("order","parent_id");
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_units_id_idx" ON "users_rels" USING btree ("units_id");
  CREATE INDEX "services_unit_idx" ON "services" USING btree ("unit_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "units_area" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "units" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "units_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "units_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "units_area" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "units_locales" CASCADE;
  DROP TABLE "units_texts" CASCADE;
  ALTER TABLE "users_rels" DROP CONSTRAINT "users_rels_units_fk";
  
  ALTER TABLE "services" DROP CONSTRAINT "services_unit_id_units_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_units_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'intake'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'intake');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'intake'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  ALTER TABLE "services_eligibility_municipalities" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_services_eligibility_municipalities";
  CREATE TYPE "public"."enum_services_eligibility_municipalities" AS ENUM('0381', '1480', '0331', '2184', '0330', '0180', '0360', '0380', '0319', '0382');
  ALTER TABLE "services_eligibility_municipalities" ALTER COLUMN "value" SET DATA TYPE "public"."enum_services_eligibility_municipalities" USING "value"::"public"."enum_services_eligibility_municipalities";
  DROP INDEX "users_rels_units_id_idx";
  DROP INDEX "services_unit_idx";
  DROP INDEX "payload_locked_documents_rels_units_id_idx";
  ALTER TABLE "users_rels" DROP COLUMN "units_id";
  ALTER TABLE "services" DROP COLUMN "unit_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "units_id";
  DROP TYPE "public"."enum_units_area_municipality";`)
}
