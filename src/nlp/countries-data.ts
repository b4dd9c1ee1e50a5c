/**
 * @module General gazetteer data: countries with other names, demonyms, and capitals or major cities.
 * One line a country: `Name|other names|demonyms|cities`, lists comma-separated. General knowledge,
 * not article data.
 */

/** The table, parsed by src/nlp/countries.ts. */
export const COUNTRY_TABLE = `
Afghanistan||Afghan|Kabul,Kandahar,Herat
Albania||Albanian|Tirana
Algeria||Algerian|Algiers,Oran
Andorra||Andorran|Andorra la Vella
Angola||Angolan|Luanda
Antigua and Barbuda||Antiguan|Saint John's
Argentina||Argentine,Argentinian|Buenos Aires,Cordoba,Rosario
Armenia||Armenian|Yerevan
Australia||Australian|Canberra,Sydney,Melbourne
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku,Ganja
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka,Chittagong
Barbados||Barbadian|Bridgetown
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels,Antwerp
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo,Cotonou
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz,Sucre,Santa Cruz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan,Motswana|Gaborone
Brazil||Brazilian|Brasilia,Sao Paulo,Rio de Janeiro
Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia
Burkina Faso|Faso|Burkinabe,Burkinabè|Ouagadougou
Burundi||Burundian|Gitega,Bujumbura
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde,Douala
Canada||Canadian|Ottawa,Toronto,Montreal,Vancouver
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic||Central African|Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China,PRC|Chinese|Beijing,Shanghai,Guangzhou,Shenzhen,Hong Kong
Colombia||Colombian|Bogota,Medellin,Cali
Comoros||Comoran|Moroni
Congo|Republic of the Congo,Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|Democratic Republic of Congo,DR Congo,DRC|Congolese|Kinshasa
Costa Rica||Costa Rican|San Jose
Croatia||Croatian|Zagreb
Cuba|Republic of Cuba|Cuban|Havana,Santiago de Cuba
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|Djibouti City
Dominica|||Roseau
Dominican Republic||Dominican|Santo Domingo
Ecuador||Ecuadorian|Quito,Guayaquil
Egypt||Egyptian|Cairo,Alexandria
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish|Helsinki
France||French|Paris,Marseille,Lyon
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany||German|Berlin,Munich,Hamburg,Frankfurt
Ghana||Ghanaian|Accra
Greece|Hellenic Republic|Greek,Hellenic|Athens
Grenada||Grenadian|Saint George's
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi,Delhi,Mumbai,Kolkata,Chennai,Bangalore
Indonesia||Indonesian|Jakarta,Surabaya,Bali
Iran|Islamic Republic of Iran|Iranian|Tehran,Isfahan
Iraq||Iraqi|Baghdad,Basra,Erbil
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem,Tel Aviv
Italy||Italian|Rome,Milan,Naples
Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro,Abidjan
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo,Osaka,Kyoto
Jordan||Jordanian|Amman
Kazakhstan|Republic of Kazakhstan|Kazakh,Kazakhstani|Astana,Nur-Sultan,Nursultan,Almaty,Shymkent
Kenya||Kenyan|Nairobi,Mombasa
Kiribati||I-Kiribati|Tarawa
Kosovo||Kosovar,Kosovan|Pristina,Prishtina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek,Osh
Laos|Lao PDR|Lao,Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli,Benghazi
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|Luxembourg City
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|Male
Mali||Malian|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico|United Mexican States|Mexican|Mexico City,Guadalajara,Monterrey
Micronesia||Micronesian|Palikir
Moldova||Moldovan|Chisinau
Monaco||Monegasque|Monaco
Mongolia||Mongolian|Ulaanbaatar,Ulan Bator
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat,Casablanca,Marrakesh
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw,Yangon,Naypyitaw,Nay Pyi Taw,Mandalay
Namibia||Namibian|Windhoek
Nauru||Nauruan|Yaren
Nepal||Nepalese,Nepali|Kathmandu
Netherlands|Holland,The Netherlands|Dutch|Amsterdam,The Hague,Rotterdam
New Zealand||New Zealander|Wellington,Auckland
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja,Lagos
North Korea|DPRK,Democratic People's Republic of Korea|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad,Karachi,Lahore
Palau||Palauan|Ngerulmud
Palestine|State of Palestine|Palestinian|Ramallah,Gaza
Panama||Panamanian|Panama City
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asuncion
Peru||Peruvian|Lima
Philippines|The Philippines|Filipino,Philippine|Manila
Poland||Polish|Warsaw,Krakow
Portugal||Portuguese|Lisbon,Porto
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow,Saint Petersburg,St Petersburg,Sochi,Kazan
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis|St Kitts and Nevis,St. Kitts and Nevis,St Kitts,Saint Kitts|Kittitian|Basseterre
Saint Lucia|St Lucia,St. Lucia|Saint Lucian,St Lucian|Castries
Saint Vincent and the Grenadines|St Vincent and the Grenadines,St. Vincent and the Grenadines,St Vincent,Saint Vincent|Vincentian|Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|San Marino
Sao Tome and Principe|São Tomé and Príncipe|Santomean|Sao Tome
Saudi Arabia|Kingdom of Saudi Arabia,KSA|Saudi,Saudi Arabian|Riyadh,Jeddah,Mecca
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|Singapore
Slovakia|Slovak Republic|Slovak|Bratislava
Slovenia||Slovenian,Slovene|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria,Cape Town,Johannesburg
South Korea|Republic of Korea,Korea|South Korean,Korean|Seoul,Busan
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid,Barcelona
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern,Geneva,Zurich
Syria|Syrian Arab Republic|Syrian|Damascus,Aleppo
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma,Dar es Salaam
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Türkiye,Turkiye|Turkish|Ankara,Istanbul,Izmir,Antalya
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev,Kharkiv,Odesa
United Arab Emirates|UAE,Emirates|Emirati|Abu Dhabi,Dubai
United Kingdom|UK,Britain,Great Britain|British|London,Edinburgh,Belfast,Cardiff,Northern Ireland,Scotland,Wales,England
United States|US,USA,U.S.,United States of America,America|American|Washington,New York,Los Angeles,Chicago
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent,Samarkand
Vanuatu||Ni-Vanuatu|Port Vila
Vatican|Holy See,Vatican City||Vatican City
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi,Ho Chi Minh City,Ha Noi
Yemen||Yemeni|Sanaa,Aden
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
`;
